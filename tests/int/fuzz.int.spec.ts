import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { collectFieldValues } from '@/collections/shared/fieldValues'

import { createApiClient, type ApiClient } from './support/apiClient'
import { sendRaw, type RawRequest } from './support/rawRequests'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens, type StaffRole } from './support/users'

/**
 * Generated hostile requests over REST and GraphQL, as every kind of user: wrong types, huge strings,
 * operator objects, bad ids, bad encodings, bad content types, nested garbage and bad query
 * parameters. Every answer must be 2xx or 4xx, everything stored must still pass the collections' own
 * validation, and the server must answer a normal request at the end.
 *
 * Deterministic: FUZZ_SEED (default 20261129) picks the requests; FUZZ_REQUESTS (default 400) how many.
 * A failure prints the seed and the request, so `FUZZ_SEED=<seed> npx vitest run tests/int/fuzz.int.spec.ts`
 * replays it.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261129)
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 400)
const FORGED_DATE = '2001-01-01T00:00:00.000Z'

type Who = 'anonymous' | StaffRole
const WHO: Who[] = ['anonymous', 'marketing', 'editor', 'admin']

/** mulberry32: small, fast and the same on every machine. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T,>(items: readonly T[]): T => items[int(0, items.length - 1)]!
  const chance = (p: number) => next() < p
  return { next, int, pick, chance }
}
type Random = ReturnType<typeof generator>

const FIELDS: Record<string, string[]> = {
  roles: [
    'name', 'toolkitName', 'tagline', 'summary', 'primaryFocus', 'keyResponsibility', 'commonTools', 'bestFor', 'learnMore',
    'alternativesHeading', 'alternativesIntro', 'alternatives', 'tableSelfLabel', 'howToPickIntro', 'meta', 'slug', '_status',
  ],
  tools: ['name', 'slug', 'url', 'category', 'description', 'logo', '_status'],
  'decision-questions': ['question', 'guidance', 'recommends', 'shownOn', '_status'],
  redirects: ['from', 'to'],
  users: ['email', 'name', 'userRole', 'password'],
}
const WRITABLE = Object.keys(FIELDS)
const READABLE = [...WRITABLE, 'media']
const GRAPHQL_NAMES: Record<string, { many: string; create: string; update: string }> = {
  roles: { many: 'Roles', create: 'createRole', update: 'updateRole' },
  tools: { many: 'Tools', create: 'createTool', update: 'updateTool' },
  'decision-questions': { many: 'DecisionQuestions', create: 'createDecisionQuestion', update: 'updateDecisionQuestion' },
  redirects: { many: 'Redirects', create: 'createRedirect', update: 'updateRedirect' },
  users: { many: 'Users', create: 'createUser', update: 'updateUser' },
}
const JUNK_KEYS = ['createdAt', 'updatedAt', 'id', '__proto__', 'constructor', '$where', 'deletedAt', 'hash', 'salt', 'loginAttempts', 'lockUntil']
const WEIRD_TEXT = [
  '', ' ', 'Bad Slug', 'UPPER', '-x-', 'a--b', 'café', '日本語', '🙂🙂', '\u0000', 'a\u0000b', '\u202eevil', '<script>alert(1)</script>',
  '[object Object]', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'ftp://x', '//evil.example', '/ok-path',
  'https://example.com', 'http://x', '/toolkits/x?y=1', '%ZZ', '%00', '../../etc/passwd', 'devops-engineer', 'valid-slug',
  'a@b.co', 'not-an-email', 'admin', 'editor', 'marketing', 'owner', 'published', 'draft', 'database', 'spreadsheets', '5.0',
]

interface Context {
  ids: Record<string, string[]>
}

function hugeString(random: Random): string {
  return random.pick(['x', 'é', '🙂', 'a-', '/']).repeat(random.pick([121, 201, 601, 1_001, 1_501, 10_000, 100_000, 300_000]))
}

function badId(random: Random, context: Context): unknown {
  return random.pick<unknown>([
    'abc', '', 0, -1, 999999, 1.5, '01a225a0-0000-7000-8000-000000000000', 'x'.repeat(5_000), null, true, [], {}, { $ne: null },
    { id: 'abc' }, random.pick(Object.values(context.ids).flat()), '%00', '../roles',
  ])
}

function nested(random: Random, depth: number): unknown {
  if (depth <= 0) return random.pick<unknown>([1, 'x', null, true])
  return random.chance(0.5) ? [nested(random, depth - 1)] : { [random.pick(['a', '$gt', 'equals', 'root', 'children'])]: nested(random, depth - 1) }
}

/** A hostile (or, now and then, plausible) value for any field. */
function value(random: Random, context: Context): unknown {
  switch (random.int(0, 11)) {
    case 0:
      return hugeString(random)
    case 1:
      return random.pick<unknown>([42, -1, 0, 1e308, -0, 3.14, Number.MAX_SAFE_INTEGER])
    case 2:
      return random.pick<unknown>([true, false, null])
    case 3:
      return random.pick<unknown>([{ $gt: '' }, { equals: 'x' }, { $ne: null }, { in: ['a'] }, { exists: true }])
    case 4:
      return badId(random, context)
    case 5:
      return nested(random, random.int(1, 30))
    case 6:
      return Array.from({ length: random.pick([1, 2, 13, 100, 2_000]) }, () =>
        random.chance(0.5) ? { role: badId(random, context), pitch: random.pick(WEIRD_TEXT), adjacency: 'x', text: 'x' } : random.pick(WEIRD_TEXT),
      )
    case 7:
      return { tool: badId(random, context), label: random.chance(0.5) ? hugeString(random) : random.pick(WEIRD_TEXT) }
    case 8:
      return { root: nested(random, 4) }
    default:
      return random.pick(WEIRD_TEXT)
  }
}

function hostileBody(random: Random, context: Context, collection: string): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const fields = FIELDS[collection]!
  for (let i = random.int(1, 4); i > 0; i--) body[random.pick(fields)] = value(random, context)
  if (random.chance(0.3)) body[random.pick(JUNK_KEYS)] = random.chance(0.5) ? FORGED_DATE : value(random, context)
  return body
}

function existingId(random: Random, context: Context, collection: string): string {
  const ids = context.ids[collection] ?? []
  return ids.length > 0 && random.chance(0.8) ? random.pick(ids) : random.pick(['abc', '999999', '01a225a0-0000-7000-8000-000000000000'])
}

function hostileQuery(random: Random): string {
  const params: string[] = []
  for (let i = random.int(1, 4); i > 0; i--) {
    const key = random.pick([
      'page', 'limit', 'depth', 'sort', 'draft', 'locale', 'trash', 'select[name]', 'populate[x]', 'where[slug][equals]',
      'where[slug][equals][]', 'where[slug][in][]', 'where[name][like]', 'where[or][0][slug][equals]', 'where[id][exists]',
      'where[slug]', 'where[slug][near]', 'where[and][0][or][0][and][0][slug][contains]', 'where[alternatives.role][in]', 'where[%ZZ][equals]',
    ])
    const val = random.pick([
      '1', '0', '-1', '99999999999999999999', 'NaN', '1e9', 'abc', '', '%ZZ', '%00', 'a%20b', 'true', 'x'.repeat(random.pick([10, 3_000, 20_000])),
    ])
    params.push(`${key}=${val}`)
    if (random.chance(0.1)) params.push(`${key}=${val}`)
  }
  return `?${params.join('&')}`
}

/** A string literal for GraphQL text (JSON strings are valid GraphQL strings). */
const gqlString = (text: unknown) => JSON.stringify(typeof text === 'string' ? text : JSON.stringify(text) ?? 'null')

function graphqlRequest(random: Random, context: Context, who: Who): RawRequest & { who: Who } {
  const collection = random.pick(WRITABLE)
  const names = GRAPHQL_NAMES[collection]!
  const field = random.pick(FIELDS[collection]!.filter((name) => !name.startsWith('_')))
  const queries = [
    () => `query { ${names.many}(limit: ${random.pick([-1, 0, 5, 99999999, 2147483647])}, page: ${random.pick([-5, 0, 1, 2147483647])}) { docs { id } } }`,
    () => `query { ${names.many}(where: { ${random.pick(['slug', 'id', 'name'])}: { equals: ${gqlString(random.pick(WEIRD_TEXT))} } }) { docs { id } } }`,
    () => `query { ${names.many}(sort: ${gqlString(random.pick(['-x', 'name', '%ZZ', '']))}) { totalDocs } }`,
    () => `mutation { ${names.create}(data: { ${field}: ${gqlString(value(random, context))} }) { id } }`,
    () => `mutation { ${names.update}(id: ${gqlString(existingId(random, context, collection))}, ${random.chance(0.5) ? 'draft: true, ' : ''}data: { ${field}: ${gqlString(value(random, context))} }) { id } }`,
    () => `mutation ($data: mutation${names.update.slice(6)}Input!) { ${names.update}(id: ${gqlString(existingId(random, context, collection))}, data: $data) { id } }`,
    () => `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
    () => `query { ${names.many} { docs { ${'id '.repeat(random.int(1, 3))}${random.pick(['nam', '__typename', 'createdAt', '...on X { id }'])} } } }`,
    () => random.pick(['{', 'query {', 'mutation', '}}}}', '\u0000', 'query { __schema { types { name } } }', 'subscription { x }']),
    () => `query { ${names.many} { docs { ${'alternatives { role { '.repeat(random.int(3, 12))}id${' } }'.repeat(random.int(3, 12))} } } }`,
  ]
  const query = random.pick(queries)()
  const variables = random.chance(0.3) ? { data: hostileBody(random, context, collection) } : random.chance(0.1) ? value(random, context) : undefined
  const body =
    random.chance(0.1)
      ? random.pick(['null', '[]', '{"query":1}', '{"query":"{ x }","variables":"x"}', '{', `{"query":${JSON.stringify(query)},"operationName":7}`])
      : JSON.stringify({ query, variables })
  return { who, method: 'POST', path: '/graphql', contentType: random.chance(0.9) ? 'application/json' : random.pick(['text/plain', 'application/graphql']), body }
}

function restRequest(random: Random, context: Context, who: Who): RawRequest & { who: Who } {
  const collection = random.pick(WRITABLE)
  switch (random.int(0, 6)) {
    case 0:
      return { who, method: 'GET', path: `/${random.pick(READABLE)}${hostileQuery(random)}` }
    case 1:
      return { who, method: 'GET', path: `/${collection}/${encodeURIComponent(String(badId(random, context)))}${random.chance(0.3) ? hostileQuery(random) : ''}` }
    case 2:
      return { who, method: 'POST', path: `/${collection}${random.chance(0.4) ? '?draft=true' : ''}`, contentType: 'application/json', body: JSON.stringify(hostileBody(random, context, collection)) }
    case 3:
      return {
        who,
        method: 'PATCH',
        path: `/${collection}/${encodeURIComponent(existingId(random, context, collection))}${random.pick(['', '?draft=true', '?draft=true&autosave=true', '?depth=99'])}`,
        contentType: 'application/json',
        body: JSON.stringify(hostileBody(random, context, collection)),
      }
    case 4: {
      const body = random.pick(['null', '[]', '"x"', '7', '{', '{"name":', `{"a":${'['.repeat(3_000)}${']'.repeat(3_000)}}`, '', 'name=x', '<xml/>'])
      const contentType = random.pick([undefined, 'application/json', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data'])
      return { who, method: random.pick(['POST', 'PATCH']), path: random.pick([`/${collection}`, `/${collection}/${existingId(random, context, collection)}`]), contentType, body }
    }
    case 5: {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(random.pick([0, 10, 1000]))], { type: random.pick(['image/png', 'text/html', 'image/svg+xml']) }), random.pick(['a.png', 'a\u0000.png', 'x'.repeat(300), '../a.png', 'a.png.html', '']))
      form.append('_payload', random.pick(['{"alt":"x"}', '{', 'null', JSON.stringify({ alt: value(random, context) }), '[]']))
      return { who, method: 'POST', path: '/media', body: form }
    }
    default:
      // Bulk writes by query (editors and admins may; everyone's values are hostile).
      return {
        who,
        method: 'PATCH',
        path: `/${collection}?where[id][equals]=${encodeURIComponent(existingId(random, context, collection))}${random.chance(0.3) ? '&draft=true' : ''}`,
        contentType: 'application/json',
        body: JSON.stringify(hostileBody(random, context, collection)),
      }
  }
}

describeOnDatabase('fuzz: hostile requests', () => {
  let app: TestPayload
  let payload: Payload
  let api: ApiClient
  let tokens: Record<StaffRole, string>
  const context: Context = { ids: {} }

  beforeAll(async () => {
    app = await startTestPayload()
    payload = app.payload
    api = createApiClient(app.config)
    tokens = await createStaffTokens(payload, api)
    const role = (name: string) =>
      payload.create({ collection: 'roles', data: { name, primaryFocus: 'Focus', keyResponsibility: 'Responsibility', _status: 'published' } })
    const roles = [await role('Backend Architect'), await role('Data Engineer')]
    const tool = await payload.create({ collection: 'tools', data: { name: 'Docker', url: 'https://www.docker.com', category: 'containers', _status: 'published' } })
    const question = await payload.create({
      collection: 'decision-questions',
      data: { question: 'Do you like data?', guidance: 'Pick it.', recommends: roles[1]!.id, _status: 'published' },
    })
    const redirect = await payload.create({ collection: 'redirects', data: { from: '/toolkits/old', to: '/toolkits/backend-architect' } })
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: { r: 1, g: 2, b: 3 } } }).png().toBuffer()
    const media = await payload.create({ collection: 'media', data: { alt: 'A square' }, file: { data: png, mimetype: 'image/png', name: 'square.png', size: png.length } })
    const users = await payload.find({ collection: 'users', limit: 10 })
    context.ids = {
      roles: roles.map((doc) => doc.id),
      tools: [tool.id],
      'decision-questions': [question.id],
      redirects: [redirect.id],
      media: [media.id],
      users: users.docs.map((doc) => doc.id),
    }
  })
  afterAll(async () => {
    await payload?.delete({ collection: 'media', where: {} })
    await app?.cleanup()
  })

  /** Every stored document, live and latest draft, checked by its collection's own field validators. */
  async function invalidStoredValues(): Promise<string[]> {
    const req = await createLocalReq({}, payload)
    const problems: string[] = []
    for (const slug of READABLE as CollectionSlug[]) {
      const collection = payload.collections[slug].config
      const hasDrafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
      const reads = hasDrafts ? [false, true] : [false]
      for (const draft of reads) {
        const { docs } = await payload.find({ collection: slug, depth: 0, limit: 0, pagination: false, draft, overrideAccess: true })
        for (const doc of docs as unknown as Record<string, unknown>[]) {
          const isComplete = !hasDrafts || doc._status === 'published'
          if (String(doc.createdAt).startsWith('2001') || String(doc.updatedAt).startsWith('2001')) {
            problems.push(`${slug} ${String(doc.id)}: a client-set timestamp was stored`)
          }
          if (JSON.stringify(doc).includes('[object Object]')) problems.push(`${slug} ${String(doc.id)}: "[object Object]" stored`)
          for (const { field, value, path, siblingData } of collectFieldValues(collection.fields, doc)) {
            const validate = (field as { validate?: unknown }).validate
            if (typeof validate !== 'function' || value === undefined) continue
            if (['password', 'hash', 'salt'].includes(String(field.name))) continue
            const result = await validate(value, {
              ...field,
              id: doc.id,
              collectionSlug: slug,
              data: doc,
              siblingData,
              event: 'submit',
              operation: 'update',
              path,
              preferences: { fields: {} },
              req,
              required: isComplete ? (field as { required?: boolean }).required : false,
              isDraftSave: !isComplete,
            })
            if (typeof result === 'string') {
              problems.push(`${slug} ${String(doc.id)}${draft ? ' (draft)' : ''} ${path.join('.')}: ${result} — ${JSON.stringify(value)?.slice(0, 80)}`)
            }
          }
        }
      }
    }
    return problems
  }

  it(`${REQUESTS} generated hostile requests (seed ${SEED}) answer 2xx or 4xx, store nothing invalid, and the server still answers`, async () => {
    const random = generator(SEED)
    const counts = { requests: 0, rest: 0, graphql: 0, '2xx': 0, '4xx': 0, '5xx': 0, other: 0 }
    const failures: string[] = []
    for (let n = 0; n < REQUESTS; n++) {
      const who = random.pick(WHO)
      const { who: _who, ...request } = random.chance(0.35) ? graphqlRequest(random, context, who) : restRequest(random, context, who)
      const token = who === 'anonymous' ? undefined : tokens[who]
      const response = await sendRaw({ ...request, token })
      counts.requests++
      counts[request.path === '/graphql' ? 'graphql' : 'rest']++
      const family = response.status >= 200 && response.status < 300 ? '2xx' : response.status >= 400 && response.status < 500 ? '4xx' : response.status >= 500 ? '5xx' : 'other'
      counts[family]++
      if (family === '5xx' || family === 'other') {
        const shown = typeof request.body === 'string' ? request.body.slice(0, 200) : request.body ? '(form data)' : ''
        failures.push(`#${n} ${who} ${request.method} ${request.path.slice(0, 200)} ${request.contentType ?? ''} ${shown} → ${response.status} ${response.text.slice(0, 200)}`)
      }
    }
    console.info(
      `fuzz (seed ${SEED}): ${counts.requests} requests (${counts.rest} REST, ${counts.graphql} GraphQL): ` +
        `${counts['2xx']} 2xx, ${counts['4xx']} 4xx, ${counts['5xx']} 5xx, ${counts.other} other`,
    )
    expect(failures).toEqual([])
    expect(counts.requests).toBeGreaterThanOrEqual(200)

    expect(await invalidStoredValues()).toEqual([])

    const { status, body } = await api.rest<{ docs: { name: string }[] }>('GET', '/roles?depth=0')
    expect(status).toBe(200)
    expect(body.docs.length).toBeGreaterThan(0)
  }, 600_000)
})
