import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient, type ApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens, TEST_PASSWORD, type StaffRole } from './support/users'

/**
 * Every access rule, for each kind of user, through the REST and GraphQL route handlers a real client
 * calls. The local API only prepares fixtures and reads back what is stored.
 *
 * One database per file: Payload caches its instance per process and the config reads DATABASE_URI once
 * per module graph, so a second startTestPayload() in this file would return the same database. Both
 * blocks boot through bootPayload(); the first-user block is declared first, so it meets the users table
 * empty, and the file cleans up once at the end.
 */
let booted: Promise<TestPayload> | undefined
const bootPayload = () => (booted ??= startTestPayload())
afterAll(async () => (await booted)?.cleanup())

type Who = 'anonymous' | StaffRole
type ContentSlug = 'roles' | 'tools' | 'decision-questions'
type Slug = ContentSlug | 'media' | 'users'
type Doc = { id: string } & Record<string, unknown>

const STAFF: StaffRole[] = ['admin', 'editor', 'marketing']
const EVERYONE: Who[] = ['anonymous', 'marketing', 'editor', 'admin']
/** Staff who are not admins: they manage no accounts but their own. */
const NON_ADMIN_STAFF = ['marketing', 'editor'] as const satisfies readonly StaffRole[]
const CONTENT: ContentSlug[] = ['roles', 'tools', 'decision-questions']
const PUBLIC_READABLE: Slug[] = [...CONTENT, 'media']

const mayEditContent = (who: Who) => who === 'editor' || who === 'admin'

/** GraphQL names per collection, and the fields the tests select. */
const GRAPHQL: Record<Slug, { one: string; many: string; versions?: string; fields: string }> = {
  roles: { one: 'Role', many: 'Roles', versions: 'versionsRoles', fields: 'id name tagline' },
  tools: { one: 'Tool', many: 'Tools', versions: 'versionsTools', fields: 'id name' },
  'decision-questions': {
    one: 'DecisionQuestion',
    many: 'DecisionQuestions',
    versions: 'versionsDecisionQuestions',
    fields: 'id question',
  },
  media: { one: 'Media', many: 'allMedia', fields: 'id alt' },
  users: { one: 'User', many: 'Users', fields: 'id email userRole' },
}

/** The field that names a document, which the create and update tests set. */
const TITLE_FIELD: Record<ContentSlug, string> = { roles: 'name', tools: 'name', 'decision-questions': 'question' }

/** What a client sees: whether the API refused, and the documents it sent back. */
interface Reply {
  refused: boolean
  docs: Doc[]
}

interface Channel {
  via: Via
  find(slug: Slug, who: Who, options?: { draft?: boolean }): Promise<Reply>
  findByID(slug: Slug, id: string, who: Who, options?: { draft?: boolean }): Promise<Reply>
  findVersions(slug: ContentSlug, who: Who): Promise<Reply>
  create(slug: Slug, who: Who, data: Record<string, unknown>): Promise<Reply>
  update(slug: Slug, id: string, who: Who, data: Record<string, unknown>): Promise<Reply>
  remove(slug: Slug, id: string, who: Who): Promise<Reply>
}

function restChannel(api: ApiClient, tokenOf: (who: Who) => string | undefined): Channel {
  type Method = Parameters<ApiClient['rest']>[0]
  const call = async (method: Method, path: string, who: Who, body?: unknown): Promise<Reply> => {
    const { status, body: reply } = await api.rest<Record<string, unknown>>(method, path, { token: tokenOf(who), body })
    if (status >= 400) return { refused: true, docs: [] }
    if (Array.isArray(reply.docs)) return { refused: false, docs: reply.docs as Doc[] }
    const doc = (reply.doc ?? reply) as Doc
    return { refused: false, docs: doc.id === undefined ? [] : [doc] }
  }
  const draftQuery = (draft?: boolean) => (draft ? '&draft=true' : '')
  return {
    via: 'REST',
    find: (slug, who, { draft } = {}) => call('GET', `/${slug}?limit=100${draftQuery(draft)}`, who),
    findByID: (slug, id, who, { draft } = {}) => call('GET', `/${slug}/${id}?depth=0${draftQuery(draft)}`, who),
    findVersions: (slug, who) => call('GET', `/${slug}/versions`, who),
    create: (slug, who, data) => call('POST', `/${slug}`, who, data),
    update: (slug, id, who, data) => call('PATCH', `/${slug}/${id}`, who, data),
    remove: (slug, id, who) => call('DELETE', `/${slug}/${id}`, who),
  }
}

function graphqlChannel(api: ApiClient, tokenOf: (who: Who) => string | undefined): Channel {
  const call = async (query: string, field: string, who: Who, variables?: Record<string, unknown>): Promise<Reply> => {
    const { body } = await api.gql<Record<string, unknown>>(query, { token: tokenOf(who), variables })
    const value = body.data?.[field] as { docs?: Doc[] } | Doc | null | undefined
    const docs = value == null ? [] : 'docs' in value && Array.isArray(value.docs) ? value.docs : [value as Doc]
    return { refused: Boolean(body.errors?.length), docs }
  }
  const names = (slug: Slug) => GRAPHQL[slug]
  return {
    via: 'GraphQL',
    find: (slug, who, { draft = false } = {}) => {
      const { many, fields } = names(slug)
      return call(`query { ${many}(limit: 100, draft: ${draft}) { docs { ${fields} } } }`, many, who)
    },
    findByID: (slug, id, who, { draft = false } = {}) => {
      const { one, fields } = names(slug)
      return call(`query ($id: String!) { ${one}(id: $id, draft: ${draft}) { ${fields} } }`, one, who, { id })
    },
    findVersions: (slug, who) => {
      const { versions } = names(slug)
      return call(`query { ${versions}(limit: 100) { docs { id } } }`, versions!, who)
    },
    create: (slug, who, data) => {
      const { one, fields } = names(slug)
      const mutation = `create${one}`
      return call(`mutation ($data: mutation${one}Input!) { ${mutation}(data: $data) { ${fields} } }`, mutation, who, { data })
    },
    update: (slug, id, who, data) => {
      const { one, fields } = names(slug)
      const mutation = `update${one}`
      return call(
        `mutation ($id: String!, $data: mutation${one}UpdateInput!) { ${mutation}(id: $id, data: $data) { ${fields} } }`,
        mutation,
        who,
        { id, data },
      )
    },
    remove: (slug, id, who) => {
      const { one } = names(slug)
      const mutation = `delete${one}`
      return call(`mutation ($id: String!) { ${mutation}(id: $id) { id } }`, mutation, who, { id })
    },
  }
}

const VIAS = ['REST', 'GraphQL'] as const
type Via = (typeof VIAS)[number]

/** Who × channel × subject, as `[via, who, ...subject]` rows for it.each and its %s titles. */
function cases<W extends Who, S extends readonly unknown[] = []>(
  whos: readonly W[],
  subjects: readonly S[] = [[] as unknown as S],
): [Via, W, ...S][] {
  return whos.flatMap((who) => VIAS.flatMap((via) => subjects.map((subject): [Via, W, ...S] => [via, who, ...subject])))
}
const each = <T,>(values: readonly T[]) => values.map((value): [T] => [value])

const idsOf = ({ docs }: Reply) => docs.map(({ id }) => id)

describeOnDatabase('the first user', () => {
  let app: TestPayload
  let api: ApiClient
  // The code the server prints in its log (tests/int/security.int.spec.ts checks it is required).
  let setupCode: string
  const register = (email: string) =>
    api.rest<{ user?: { userRole?: string } }>('POST', '/users/first-register', {
      body: { email, password: TEST_PASSWORD, userRole: 'marketing', setupCode },
    })
  const storedUser = async (email: string) =>
    (await app.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]

  beforeAll(async () => {
    app = await bootPayload()
    setupCode = (await import('@/security/firstAdminSetupCode')).firstAdminSetupCode()
    api = createApiClient(app.config)
    expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('becomes an admin through REST first-register, whatever role the form sent', async () => {
    const { status, body } = await register('first@example.test')
    expect(status).toBe(200)
    expect(body.user?.userRole).toBe('admin')
    expect((await storedUser('first@example.test'))?.userRole).toBe('admin')
  })

  it('is the only one: first-register is refused once a user exists', async () => {
    const { status } = await register('second@example.test')
    expect(status).toBeGreaterThanOrEqual(400)
    expect(await storedUser('second@example.test')).toBeUndefined()
  })
})

describeOnDatabase('access rules', () => {
  let app: TestPayload
  let api: ApiClient
  let tokens: Record<StaffRole, string>
  const userIds = {} as Record<StaffRole, string>
  const channels = {} as Record<Via, Channel>
  /** Published and draft-only documents every read test looks for. */
  const published = {} as Record<Slug, string>
  const draftOnly = {} as Record<ContentSlug, string>
  /** Three published roles that ranked pages list as alternatives. */
  const rankable: string[] = []

  const tokenOf = (who: Who) => (who === 'anonymous' ? undefined : tokens[who])
  let counter = 0
  const uniqueName = (label: string) => `${label} ${++counter}`

  const sampleData = (slug: ContentSlug, title: string): Record<string, unknown> => {
    switch (slug) {
      case 'roles':
        return { name: title, primaryFocus: 'Reliability', keyResponsibility: 'Keep services up' }
      case 'tools':
        return { name: title, url: 'https://example.com', category: 'language' }
      case 'decision-questions':
        return { question: title, guidance: 'A yes means the published role fits.', recommends: published.roles }
    }
  }

  /** Creates a document with the local API: published, or a draft that was never published. */
  async function createContent(slug: ContentSlug, status: 'published' | 'draft', extra: Record<string, unknown> = {}) {
    const data = { ...sampleData(slug, uniqueName(`${status} ${slug}`)), ...extra, _status: status }
    // The generic slug widens `data` beyond what the typed local API accepts for one collection.
    const doc = await app.payload.create({ collection: slug, data: data as never, draft: status === 'draft' })
    return String(doc.id)
  }

  /** What is stored now, the latest draft included; null once deleted. */
  async function stored(slug: Slug, id: string): Promise<Record<string, unknown> | null> {
    const { docs } = await app.payload.find({ collection: slug, where: { id: { equals: id } }, draft: true, depth: 0 })
    return (docs[0] as Record<string, unknown> | undefined) ?? null
  }

  async function createUser(userRole: StaffRole) {
    const email = `${uniqueName(userRole).replace(' ', '-')}@example.test`
    return String((await app.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, userRole } })).id)
  }

  beforeAll(async () => {
    app = await bootPayload()
    api = createApiClient(app.config)
    tokens = await createStaffTokens(app.payload, api)
    for (const userRole of STAFF) {
      const { docs } = await app.payload.find({ collection: 'users', where: { email: { equals: `${userRole}@example.test` } } })
      userIds[userRole] = String(docs[0]!.id)
    }
    channels.REST = restChannel(api, tokenOf)
    channels.GraphQL = graphqlChannel(api, tokenOf)

    // Roles first: questions recommend one.
    for (const slug of CONTENT) {
      published[slug] = await createContent(slug, 'published')
      draftOnly[slug] = await createContent(slug, 'draft')
    }
    for (let i = 0; i < 3; i++) rankable.push(await createContent('roles', 'published'))
    // A media row without a file: reading it needs nothing on disk, and no test writes into media/.
    const logo = await app.payload.db.create({
      collection: 'media',
      data: { alt: 'Example logo', filename: 'example-logo.png', mimeType: 'image/png', filesize: 1, width: 1, height: 1 },
    })
    published.media = String(logo.id)
  })

  describe('reading published content', () => {
    it.each(cases(EVERYONE, each(PUBLIC_READABLE)))('%s: %s lists and opens a published %s', async (via, who, slug) => {
      const id = published[slug]
      const list = await channels[via].find(slug, who)
      expect(list.refused).toBe(false)
      expect(idsOf(list)).toContain(id)
      expect(idsOf(await channels[via].findByID(slug, id, who))).toEqual([id])
    })
  })

  describe('drafts and versions', () => {
    it.each(cases(['anonymous'], each(CONTENT)))(
      '%s: %s neither lists nor opens a draft-only %s, with or without draft=true',
      async (via, who, slug) => {
        const id = draftOnly[slug]
        for (const draft of [false, true]) {
          expect(idsOf(await channels[via].find(slug, who, { draft }))).not.toContain(id)
          const opened = await channels[via].findByID(slug, id, who, { draft })
          expect(opened.refused).toBe(true)
          expect(opened.docs).toEqual([])
        }
      },
    )

    it.each(cases(['editor', 'admin'], each(CONTENT)))('%s: %s lists and opens a draft-only %s to edit it', async (via, who, slug) => {
      const id = draftOnly[slug]
      expect(idsOf(await channels[via].find(slug, who, { draft: true }))).toContain(id)
      expect(idsOf(await channels[via].findByID(slug, id, who, { draft: true }))).toEqual([id])
    })

    it.each(cases(EVERYONE, each(CONTENT)))('%s: %s reading the versions of %s', async (via, who, slug) => {
      const versions = await channels[via].findVersions(slug, who)
      if (who === 'anonymous') {
        expect(versions.refused).toBe(true)
        expect(versions.docs).toEqual([])
      } else {
        expect(versions.refused).toBe(false)
        expect(versions.docs.length).toBeGreaterThan(0)
      }
    })
  })

  describe('writing content', () => {
    it.each(cases(EVERYONE, each(CONTENT)))('%s: %s creating a published %s', async (via, who, slug) => {
      const title = uniqueName(`${who} created`)
      const reply = await channels[via].create(slug, who, { ...sampleData(slug, title), _status: 'published' })
      const { totalDocs } = await app.payload.count({ collection: slug, where: { [TITLE_FIELD[slug]]: { equals: title } } })
      if (mayEditContent(who)) {
        expect(reply.refused).toBe(false)
        expect(totalDocs).toBe(1)
        // Published: an anonymous visitor sees it at once.
        const id = reply.docs[0]!.id
        expect(idsOf(await channels.REST.findByID(slug, id, 'anonymous'))).toEqual([id])
      } else {
        expect(reply.refused).toBe(true)
        expect(totalDocs).toBe(0)
      }
    })

    const edits: [string, ContentSlug][] = [
      ['name', 'roles'],
      ['tagline', 'roles'],
      ['name', 'tools'],
      ['question', 'decision-questions'],
    ]
    // No status code is asserted: Payload may accept the request and drop the fields the user may not
    // write. What is stored afterwards is what counts.
    it.each(cases(EVERYONE, edits))('%s: %s changing the %s of a published %s', async (via, who, field, slug) => {
      const id = await createContent(slug, 'published')
      const before = await stored(slug, id)
      const value = uniqueName(`${field} set by ${who}`)
      await channels[via].update(slug, id, who, { [field]: value })
      expect((await stored(slug, id))?.[field]).toBe(mayEditContent(who) ? value : before?.[field])
    })

    // Marketing may publish a role, to publish its ranking: the ranking tests below cover that.
    const publishCases = cases(EVERYONE, each(CONTENT)).filter(([, who, slug]) => !(who === 'marketing' && slug === 'roles'))
    it.each(publishCases)('%s: %s publishing a draft-only %s', async (via, who, slug) => {
      const id = await createContent(slug, 'draft')
      await channels[via].update(slug, id, who, { _status: 'published' })
      const seenByVisitors = await channels.REST.findByID(slug, id, 'anonymous')
      expect(idsOf(seenByVisitors)).toEqual(mayEditContent(who) ? [id] : [])
    })

    it.each(cases(EVERYONE, each(CONTENT)))('%s: %s deleting a published %s', async (via, who, slug) => {
      const id = await createContent(slug, 'published')
      const reply = await channels[via].remove(slug, id, who)
      expect(reply.refused).toBe(!mayEditContent(who))
      expect(await stored(slug, id)).toEqual(mayEditContent(who) ? null : expect.objectContaining({ id }))
    })

    // An editor's upload needs a file on disk; these only check that everyone else is kept out.
    it.each(cases(['anonymous', 'marketing']))('%s: %s cannot add, change or delete media', async (via, who) => {
      const id = published.media
      const countBefore = (await app.payload.count({ collection: 'media' })).totalDocs
      expect((await channels[via].create('media', who, { alt: 'Not allowed' })).refused).toBe(true)
      expect((await app.payload.count({ collection: 'media' })).totalDocs).toBe(countBefore)
      await channels[via].update('media', id, who, { alt: 'Changed by someone else' })
      expect((await stored('media', id))?.alt).toBe('Example logo')
      expect((await channels[via].remove('media', id, who)).refused).toBe(true)
      expect(await stored('media', id)).not.toBeNull()
    })
  })

  describe('the ranking of alternatives', () => {
    type Row = { id?: unknown; role?: unknown; pitch?: unknown; adjacency?: unknown }
    const rowsOf = (doc: Record<string, unknown> | null) => (doc?.alternatives ?? []) as Row[]
    const rankingOf = (doc: Record<string, unknown> | null) =>
      rowsOf(doc).map(({ role }) => (typeof role === 'object' && role !== null ? String((role as Doc).id) : String(role)))
    /** The rows as a client sends them back, in reverse order. */
    const reversed = (rows: Row[]) => [...rows].reverse().map(({ id, role, pitch, adjacency }) => ({ id, role, pitch, adjacency }))

    const createRankedRole = () =>
      createContent('roles', 'published', {
        alternatives: rankable.map((role, index) => ({ role, pitch: `Pitch ${index}`, adjacency: 'Complementary' })),
      })

    it.each(cases(EVERYONE))('%s: %s reordering and publishing a role’s ranking', async (via, who) => {
      const id = await createRankedRole()
      const before = await stored('roles', id)
      const wanted = who === 'anonymous' ? rankingOf(before) : [...rankingOf(before)].reverse()

      await channels[via].update('roles', id, who, { alternatives: reversed(rowsOf(before)), _status: 'published' })

      expect(rankingOf(await stored('roles', id))).toEqual(wanted)
      // Published: what visitors are served follows.
      const { body } = await api.rest('GET', `/roles/${id}?depth=0`)
      expect(rankingOf(body)).toEqual(wanted)
    })

    it.each(cases(['marketing']))('%s: %s cannot slip a new name or tagline in with the ranking', async (via, who) => {
      const id = await createRankedRole()
      const before = await stored('roles', id)
      await channels[via].update('roles', id, who, {
        alternatives: reversed(rowsOf(before)),
        name: 'Renamed by marketing',
        tagline: 'Retold by marketing',
        _status: 'published',
      })
      const after = await stored('roles', id)
      expect(rankingOf(after)).toEqual([...rankingOf(before)].reverse())
      expect({ name: after?.name, tagline: after?.tagline }).toEqual({ name: before?.name, tagline: before?.tagline })
    })
  })

  describe('users', () => {
    const emailOf = (who: StaffRole) => `${who}@example.test`
    const emailsOf = ({ docs }: Reply) => docs.map(({ email }) => email)

    it.each(cases(EVERYONE))('%s: %s listing users', async (via, who) => {
      const list = await channels[via].find('users', who)
      if (who === 'admin') {
        expect(emailsOf(list)).toEqual(expect.arrayContaining(STAFF.map(emailOf)))
      } else if (who === 'anonymous') {
        expect(list.docs).toEqual([])
        if (via === 'GraphQL') expect(list.refused).toBe(true)
      } else {
        // Marketing and editors see at most their own account.
        expect(emailsOf(list).filter((email) => email !== emailOf(who))).toEqual([])
      }
    })

    it.each(cases(NON_ADMIN_STAFF))('%s: %s reads their own user and no one else’s', async (via, who) => {
      expect(emailsOf(await channels[via].findByID('users', userIds[who], who))).toEqual([emailOf(who)])
      expect((await channels[via].findByID('users', userIds.admin, who)).docs).toEqual([])
    })

    it.each(cases(EVERYONE))('%s: %s creating a user', async (via, who) => {
      const email = `${uniqueName(`made-by-${who}`).replace(' ', '-')}@example.test`
      const reply = await channels[via].create('users', who, { email, password: TEST_PASSWORD, userRole: 'editor' })
      const { totalDocs } = await app.payload.count({ collection: 'users', where: { email: { equals: email } } })
      expect({ refused: reply.refused, stored: totalDocs }).toEqual(
        who === 'admin' ? { refused: false, stored: 1 } : { refused: true, stored: 0 },
      )
    })

    it.each(cases(NON_ADMIN_STAFF))('%s: %s cannot make themselves an admin', async (via, who) => {
      await channels[via].update('users', userIds[who], who, { userRole: 'admin' })
      expect((await stored('users', userIds[who]))?.userRole).toBe(who)
    })

    it.each(cases(EVERYONE))('%s: %s changing someone else’s role', async (via, who) => {
      const id = await createUser('marketing')
      await channels[via].update('users', id, who, { userRole: 'editor' })
      expect((await stored('users', id))?.userRole).toBe(who === 'admin' ? 'editor' : 'marketing')
    })

    it.each(cases(EVERYONE))('%s: %s deleting someone else’s account', async (via, who) => {
      const id = await createUser('marketing')
      const reply = await channels[via].remove('users', id, who)
      expect(reply.refused).toBe(who !== 'admin')
      expect(await stored('users', id)).toEqual(who === 'admin' ? null : expect.objectContaining({ id }))
    })
  })

  describe('login lockout', () => {
    const login = (email: string, password: string) => api.rest('POST', '/users/login', { body: { email, password } })

    /** An account that 5 wrong passwords have locked. */
    async function lockedAccount(userRole: StaffRole) {
      const email = `${uniqueName(`locked-${userRole}`).replace(' ', '-')}@example.test`
      await app.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, userRole } })
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await login(email, `wrong-password-${attempt}`)).status).not.toBe(200)
      }
      return email
    }

    async function unlock(via: Via, who: Who, email: string): Promise<boolean> {
      if (via === 'REST') {
        const { status } = await api.rest('POST', '/users/unlock', { token: tokenOf(who), body: { email } })
        return status < 400
      }
      const { body } = await api.gql<{ unlockUser?: boolean | null }>('mutation ($email: String!) { unlockUser(email: $email) }', {
        token: tokenOf(who),
        variables: { email },
      })
      return !body.errors?.length && body.data?.unlockUser === true
    }

    it('refuses the right password after 5 wrong ones', async () => {
      const email = 'locked-out@example.test'
      await app.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, userRole: 'editor' } })
      const login = (password: string) => api.rest('POST', '/users/login', { body: { email, password } })

      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await login(`wrong-password-${attempt}`)).status).not.toBe(200)
      }
      expect((await login(TEST_PASSWORD)).status).not.toBe(200)
      const { body } = await api.gql<{ loginUser?: { token?: string } | null }>(
        'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
        { variables: { email, password: TEST_PASSWORD } },
      )
      expect(body.data?.loginUser?.token).toBeUndefined()
    })

    // Unlocking cancels the lockout: anyone but an admin could then keep guessing a password. The
    // refused attempts share one locked account per role, since locking one costs six password hashes
    // (Payload's 600,000 rounds, about 130 ms each here); each attempt checks the account stays locked.
    const lockedAccounts = new Map<StaffRole, Promise<string>>()
    const sharedLockedAccount = (userRole: StaffRole) => {
      let account = lockedAccounts.get(userRole)
      if (!account) lockedAccounts.set(userRole, (account = lockedAccount(userRole)))
      return account
    }
    it.each(cases(['anonymous', 'marketing', 'editor'] as const, each(['admin', 'editor'] as const)))(
      '%s: %s cannot unlock a locked %s account, which stays locked',
      async (via, who, lockedRole) => {
        const email = await sharedLockedAccount(lockedRole)
        expect(await unlock(via, who, email)).toBe(false)
        expect((await login(email, TEST_PASSWORD)).status).not.toBe(200)
      },
    )

    it.each(cases(['admin'] as const))('%s: %s unlocks a locked account, which can sign in again', async (via, who) => {
      const email = await lockedAccount('editor')
      expect(await unlock(via, who, email)).toBe(true)
      expect((await login(email, TEST_PASSWORD)).status).toBe(200)
    })
  })
})
