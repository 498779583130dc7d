import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/payload-types'

import { type ApiClient, createApiClient } from './support/apiClient'
import { captureErrorLog } from './support/expectedErrors'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens, type StaffRole } from './support/users'

type Row = NonNullable<Role['alternatives']>[number]

/**
 * Marketing reorders the ranking and publishes it, and nothing else: not a row's content, not another
 * field, not the status, and never an editor's unfinished draft. Every write goes through the REST and
 * GraphQL route handlers; the local API only prepares fixtures and reads back what is stored.
 */
describeOnDatabase('marketing publishes the ranking and nothing else', () => {
  let app: TestPayload
  let api: ApiClient
  let tokens: Record<StaffRole, string>
  /** Published seed roles a test role can rank. */
  let rankable: string[] = []
  let counter = 0

  const roleBySlug = async (slug: string, token?: string) => {
    const { body } = await api.rest<{ docs: Role[] }>('GET', `/roles?where[slug][equals]=${slug}&depth=0`, { token })
    return body.docs[0]
  }

  /** What visitors are served: the live document, or undefined when the role is not published. */
  const live = async (id: string) => {
    const { status, body } = await api.rest<Role>('GET', `/roles/${id}?depth=0`)
    return status === 200 ? body : undefined
  }
  /** The newest version, the one the admin opens: an unpublished draft when there is one. */
  const latest = (id: string) => app.payload.findByID({ collection: 'roles', id, draft: true, depth: 0 })
  const rankingOf = (role: Pick<Role, 'alternatives'> | undefined) =>
    (role?.alternatives ?? []).map(({ role: ranked }) => (typeof ranked === 'object' ? ranked.id : ranked))
  const rowIdsOf = (role: Pick<Role, 'alternatives'> | undefined) => (role?.alternatives ?? []).map(({ id }) => id)

  /** A published role ranking three others, made by an editor's hand (the local API). */
  async function rankedRole() {
    const role = await app.payload.create({
      collection: 'roles',
      data: {
        name: `Ranked role ${++counter}`,
        tagline: 'The live tagline',
        primaryFocus: 'The live focus',
        keyResponsibility: 'The live responsibility',
        alternatives: rankable.slice(0, 3).map((ranked, index) => ({ role: ranked, pitch: `Pitch ${index}`, adjacency: 'Related' })),
        _status: 'published',
      },
    })
    return (await live(role.id))!
  }

  /** An editor's unfinished work: a draft with a new tagline and focus, not published. */
  async function editorDrafts(id: string) {
    const { status } = await api.rest('PATCH', `/roles/${id}?draft=true`, {
      token: tokens.editor,
      body: { tagline: 'An editor’s unfinished tagline', primaryFocus: 'An editor’s unfinished focus' },
    })
    expect(status).toBe(200)
  }

  type Write = 'REST' | 'REST ?draft=true' | 'GraphQL' | 'GraphQL draft: true'
  /** Marketing sends only the ranking, as a client of each kind would. */
  async function marketingSends(via: Write, id: string, data: Record<string, unknown>) {
    if (via.startsWith('REST')) {
      return api.rest('PATCH', `/roles/${id}${via.endsWith('?draft=true') ? '?draft=true' : ''}`, { token: tokens.marketing, body: data })
    }
    return api.gql(
      `mutation ($id: String!, $data: mutationRoleUpdateInput!, $draft: Boolean) { updateRole(id: $id, data: $data, draft: $draft) { id } }`,
      { token: tokens.marketing, variables: { id, data, draft: via.endsWith('draft: true') } },
    )
  }
  const refusedWith = (reply: { status: number; body: unknown }) => {
    const errors = reply.status >= 400 || Boolean((reply.body as { errors?: unknown[] }).errors?.length)
    return errors ? JSON.stringify(reply.body) : undefined
  }
  const rowsFor = (rows: Row[]) => rows.map(({ id, role, pitch, adjacency }) => ({ id, role, pitch, adjacency }))

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
    api = createApiClient(app.config)
    tokens = await createStaffTokens(app.payload, api)
    const { docs } = await app.payload.find({ collection: 'roles', where: { _status: { equals: 'published' } }, limit: 4, depth: 0 })
    rankable = docs.map(({ id }) => id)
  })
  afterAll(async () => app?.cleanup())

  it('publishes the new order without an editor’s unpublished draft', async () => {
    const page = (await roleBySlug('backend-architect'))!
    const liveTagline = page.tagline
    const draft = await api.rest('PATCH', `/roles/${page.id}?draft=true`, {
      token: tokens.editor,
      body: { tagline: 'An editor’s unfinished tagline' },
    })
    expect(draft.status).toBe(200)

    const reversed = [...(page.alternatives ?? [])].reverse()
    const publish = await api.rest('PATCH', `/roles/${page.id}`, {
      token: tokens.marketing,
      body: { alternatives: reversed, _status: 'published' },
    })
    expect(publish.status).toBe(200)

    const live = (await roleBySlug('backend-architect'))!
    expect(live.alternatives?.map(({ role }) => role)).toEqual(reversed.map(({ role }) => role))
    expect(live.tagline).toBe(liveTagline)
  })

  it('cannot put a role that was never published live by publishing its ranking', async () => {
    const devops = (await roleBySlug('devops-engineer'))!
    const backend = (await roleBySlug('backend-architect'))!
    const draftRole = await app.payload.create({
      collection: 'roles',
      draft: true,
      data: {
        name: 'Platform Engineer',
        primaryFocus: 'Internal platforms',
        keyResponsibility: 'Build paved roads',
        alternatives: [devops, backend].map(({ id }) => ({ role: id, pitch: 'Closer to delivery', adjacency: 'Related' })),
        _status: 'draft',
      },
    })

    const publish = await api.rest<{ errors: { message: string }[] }>('PATCH', `/roles/${draftRole.id}`, {
      token: tokens.marketing,
      body: { alternatives: rowsFor([...(draftRole.alternatives ?? [])].reverse()), _status: 'published' },
    })

    expect(publish.status).toBe(403)
    expect(publish.body.errors[0]?.message).toMatch(/Ask an editor to publish this role first/)
    expect(await roleBySlug('platform-engineer')).toBeUndefined()
  })

  describe('a ranking save while an editor has an unsaved draft', () => {
    /** An editor leaves a draft; marketing then sends the ranking reversed. Returns the role as it was. */
    async function marketingReversesOverEditorDraft(via: Parameters<typeof marketingSends>[0]) {
      const role = await rankedRole()
      await editorDrafts(role.id)
      const shown = await latest(role.id)
      const reversed = rowsFor([...(shown.alternatives ?? [])].reverse())
      expect(refusedWith(await marketingSends(via, role.id, { alternatives: reversed }))).toBeUndefined()
      return role
    }

    // A save without draft=true writes the live document; with it, only a new draft.
    it.each(['REST', 'GraphQL'] as const)(
      '%s: a plain save of the order publishes exactly the live page with the new order, and the editor’s draft stays',
      async (via) => {
        const role = await marketingReversesOverEditorDraft(via)

        const after = await live(role.id)
        expect(after?._status).toBe('published')
        expect({ tagline: after?.tagline, primaryFocus: after?.primaryFocus }).toEqual({
          tagline: 'The live tagline',
          primaryFocus: 'The live focus',
        })
        expect(rankingOf(after)).toEqual([...rankingOf(role)].reverse())
        // The editor's draft is still the version the admin opens, in the new order.
        const draft = await latest(role.id)
        expect({ tagline: draft.tagline, primaryFocus: draft.primaryFocus, _status: draft._status }).toEqual({
          tagline: 'An editor’s unfinished tagline',
          primaryFocus: 'An editor’s unfinished focus',
          _status: 'draft',
        })
        expect(rankingOf(draft)).toEqual([...rankingOf(role)].reverse())
      },
    )

    it.each(['REST ?draft=true', 'GraphQL draft: true'] as const)(
      '%s: a draft save of the order keeps the live page and the editor’s draft, in the new order',
      async (via) => {
        const role = await marketingReversesOverEditorDraft(via)

        const after = await live(role.id)
        expect({ status: after?._status, tagline: after?.tagline, ranking: rankingOf(after) }).toEqual({
          status: 'published',
          tagline: 'The live tagline',
          ranking: rankingOf(role),
        })
        const draft = await latest(role.id)
        expect({ tagline: draft.tagline, primaryFocus: draft.primaryFocus }).toEqual({
          tagline: 'An editor’s unfinished tagline',
          primaryFocus: 'An editor’s unfinished focus',
        })
        expect(rankingOf(draft)).toEqual([...rankingOf(role)].reverse())
      },
    )

    it('REST: a publish over an editor’s draft that adds a row publishes the live rows only, in the order sent', async () => {
      const role = await rankedRole()
      const liveRows = role.alternatives ?? []
      const added = { role: rankable[3]!, pitch: 'An editor’s new row', adjacency: 'New' }
      const draft = await api.rest('PATCH', `/roles/${role.id}?draft=true`, {
        token: tokens.editor,
        body: { alternatives: [...rowsFor(liveRows), added] },
      })
      expect(draft.status).toBe(200)
      // The admin shows marketing the draft's four rows; marketing puts the new one first and reverses the rest.
      const shown = (await latest(role.id)).alternatives ?? []
      const sent = rowsFor([shown[3]!, shown[2]!, shown[1]!, shown[0]!])

      expect(refusedWith(await marketingSends('REST', role.id, { alternatives: sent }))).toBeUndefined()

      expect(rankingOf(await live(role.id))).toEqual([...rankingOf(role)].reverse())
      const kept = await latest(role.id)
      expect({ status: kept._status, ranking: rankingOf(kept) }).toEqual({
        status: 'draft',
        ranking: [rankable[3], ...[...rankingOf(role)].reverse()],
      })
    })

    it('a publish with no editor’s draft leaves no draft behind: the admin shows the role as published', async () => {
      const role = await rankedRole()
      const reversed = rowsFor([...(role.alternatives ?? [])].reverse())
      // The admin autosaves a draft while marketing drags, then publishes.
      expect(refusedWith(await marketingSends('REST ?draft=true', role.id, { alternatives: reversed }))).toBeUndefined()
      expect(refusedWith(await marketingSends('REST', role.id, { alternatives: reversed, _status: 'published' }))).toBeUndefined()
      const draft = await latest(role.id)
      expect({ status: draft._status, ranking: rankingOf(draft) }).toEqual({ status: 'published', ranking: [...rankingOf(role)].reverse() })
    })

    it('an editor can publish after marketing published one order and autosaved another (the draft keeps its creation date)', async () => {
      const role = await rankedRole()
      const rows = rowsFor(role.alternatives ?? [])
      await editorDrafts(role.id)
      const [first, second, third] = rows
      expect(refusedWith(await marketingSends('REST', role.id, { alternatives: [second, third, first], _status: 'published' }))).toBeUndefined()
      // The admin's autosave after a further drag: it rewrites the latest draft in place.
      const autosave = await api.rest('PATCH', `/roles/${role.id}?draft=true&autosave=true`, {
        token: tokens.marketing,
        body: { alternatives: [second, first, third] },
      })
      expect(autosave.status).toBe(200)

      const publish = await api.rest('PATCH', `/roles/${role.id}`, { token: tokens.editor, body: { alternatives: rows, _status: 'published' } })
      expect(publish.status, JSON.stringify(publish.body)).toBe(200)
      const published = (await live(role.id))!
      expect({ ranking: rankingOf(published), createdAt: published.createdAt }).toEqual({ ranking: rankingOf(role), createdAt: role.createdAt })
    })
  })

  describe('no unpublishing and no bulk writes', () => {
    it.each(['REST', 'GraphQL'] as const)('%s: marketing cannot take a published role offline', async (via) => {
      const role = await rankedRole()
      const reply = await marketingSends(via, role.id, { _status: 'draft' })
      expect(refusedWith(reply)).toBeDefined()
      expect((await live(role.id))?._status).toBe('published')
    })

    it('REST: marketing cannot unpublish every role at once', async () => {
      const published = async () => (await app.payload.count({ collection: 'roles', where: { _status: { equals: 'published' } } })).totalDocs
      const before = await published()
      const reply = await api.rest('PATCH', '/roles?where[id][exists]=true', { token: tokens.marketing, body: { _status: 'draft' } })
      expect(reply.status).toBe(403)
      expect(await published()).toBe(before)
    })

    it('REST: marketing cannot reorder every role at once either', async () => {
      const role = await rankedRole()
      const reply = await api.rest('PATCH', `/roles?where[id][equals]=${role.id}`, {
        token: tokens.marketing,
        body: { alternatives: rowsFor([...(role.alternatives ?? [])].reverse()) },
      })
      expect(reply.status).toBe(403)
      expect(rankingOf(await live(role.id))).toEqual(rankingOf(role))
    })

    it('REST: marketing cannot restore an older version (which could unpublish the role or put old content live)', async () => {
      const role = await rankedRole()
      await editorDrafts(role.id)
      const { docs } = await app.payload.findVersions({ collection: 'roles', where: { parent: { equals: role.id } }, sort: '-updatedAt' })
      const draftVersion = docs.find(({ version }) => version._status === 'draft')!
      const reply = await api.rest('POST', `/roles/versions/${draftVersion.id}`, { token: tokens.marketing })
      expect(reply.status).toBe(403)
      const after = await live(role.id)
      expect({ status: after?._status, tagline: after?.tagline }).toEqual({ status: 'published', tagline: 'The live tagline' })
    })
  })

  describe('no scheduled publishing', () => {
    /** The admin's "Schedule publish" server function, as the given user calls it. */
    async function schedule(as: StaffRole, id: string, options: { type?: 'publish' | 'unpublish'; deleteID?: number | string; date?: Date } = {}) {
      const user = (await app.payload.find({ collection: 'users', where: { email: { equals: `${as}@example.test` } } })).docs[0]!
      const req = await createLocalReq({ user: { ...user, collection: 'users' } }, app.payload)
      const date = options.date ?? new Date(Date.now() + 60 * 60 * 1000)
      const args = { type: options.type ?? 'unpublish', date, deleteID: options.deleteID, doc: { relationTo: 'roles', value: id }, req }
      // The admin also passes its import map, permissions and cookies, which this handler never reads.
      return schedulePublishHandler(args as unknown as Parameters<typeof schedulePublishHandler>[0])
    }
    const scheduledFor = async (id: string) =>
      (
        await app.payload.find({
          collection: 'payload-jobs',
          where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: id } }] },
        })
      ).docs.map(({ id: jobId }) => jobId)

    it('marketing cannot cancel an editor’s scheduled publish', async () => {
      const role = await rankedRole()
      expect(await schedule('editor', role.id, { type: 'publish' })).not.toHaveProperty('error')
      const [editorsJob] = await scheduledFor(role.id)
      expect(editorsJob).toBeDefined()
      // The admin replaces a scheduled job by deleting it: the delete is refused and the job stays.
      await schedule('marketing', role.id, { type: 'publish', deleteID: editorsJob })
      expect(await scheduledFor(role.id)).toContain(editorsJob)
    })

    it('an unpublish marketing schedules is refused when it runs: the role stays live', async () => {
      const role = await rankedRole()
      await schedule('marketing', role.id, { type: 'unpublish', date: new Date(Date.now() - 1000) })
      const logged = await captureErrorLog(app.payload, () => app.payload.jobs.run())
      expect(logged.join('\n')).toContain('Only editors can unpublish a role')
      expect((await live(role.id))?._status).toBe('published')
    })
  })

  describe('the ranked rows themselves', () => {
    const writes = ['REST', 'REST ?draft=true', 'GraphQL', 'GraphQL draft: true'] as const
    type Change = (rows: ReturnType<typeof rowsFor>) => unknown[]
    const refusedChanges: [string, Change][] = [
      ['adding a row', (rows) => [...rows, { role: rows[0]!.role, pitch: 'A new pitch', adjacency: 'New' }]],
      ['removing a row', (rows) => rows.slice(1)],
      ['duplicating a row', (rows) => [...rows, { ...rows[0]!, id: undefined }]],
      ['sending a row twice', (rows) => [...rows, rows[0]]],
      ['emptying the ranking', () => []],
      ['inventing a row id', (rows) => rows.map((row, index) => (index === 0 ? { ...row, id: 'not-a-stored-row' } : row))],
    ]

    const cases = writes.flatMap((via) => refusedChanges.map(([label, change]): [Write, string, Change] => [via, label, change]))
    it.each(cases)('%s: %s is refused with an error naming alternatives, and changes nothing', async (via, _label, change) => {
      const role = await rankedRole()
      const draftBefore = await latest(role.id)
      const reply = await marketingSends(via, role.id, { alternatives: change(rowsFor(role.alternatives ?? [])) })
      expect(refusedWith(reply)).toMatch(/alternatives/i)
      expect(await live(role.id)).toEqual(role)
      expect(rowIdsOf(await latest(role.id))).toEqual(rowIdsOf(draftBefore))
      expect((await latest(role.id)).updatedAt).toBe(draftBefore.updatedAt)
    })

    it.each(writes)('%s: a reordered row’s pitch, adjacency, best-for and learn-more stay as the editor wrote them', async (via) => {
      const role = await rankedRole()
      const rewritten = [...(role.alternatives ?? [])].reverse().map((row) => ({
        ...rowsFor([row])[0],
        pitch: 'Rewritten by marketing',
        adjacency: 'Rewritten',
        bestFor: [{ text: 'Added by marketing' }],
        learnMore: { label: 'Rewritten by marketing' },
      }))
      await marketingSends(via, role.id, { alternatives: rewritten })
      for (const stored of [await live(role.id), await latest(role.id)]) {
        const byId = new Map((stored?.alternatives ?? []).map((row) => [row.id, row]))
        for (const original of role.alternatives ?? []) {
          const row = byId.get(original.id)
          expect({ pitch: row?.pitch, adjacency: row?.adjacency, bestFor: row?.bestFor, learnMore: row?.learnMore }).toEqual({
            pitch: original.pitch,
            adjacency: original.adjacency,
            bestFor: original.bestFor,
            learnMore: original.learnMore,
          })
        }
      }
    })
  })
})
