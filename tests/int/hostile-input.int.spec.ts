import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  GRAPHQL_BODY_MAX_BYTES,
  GRAPHQL_MAX_DEPTH,
  GRAPHQL_QUERY_MAX_BYTES,
  JSON_BODY_MAX_BYTES,
  UPLOAD_BODY_MAX_BYTES,
} from '@/security/requestLimits'

import { createApiClient, type ApiClient } from './support/apiClient'
import { fieldErrorPaths, sendRaw, type RawRequest } from './support/rawRequests'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens, type StaffRole } from './support/users'

/**
 * Client input that used to answer 500, and requests past the server's bounds: each gets a 4xx
 * (naming the field where there is one), through the app's own API route handlers, and nothing is
 * stored. Bounds: security/requestLimits.ts.
 */

type Who = 'anonymous' | StaffRole

const JSON_TYPE = 'application/json'
const COLLECTIONS = ['roles', 'tools', 'decision-questions', 'redirects', 'media', 'users'] as const

describeOnDatabase('hostile input', () => {
  let app: TestPayload
  let payload: Payload
  let api: ApiClient
  let tokens: Record<StaffRole, string>
  let roleId: string
  let png: Buffer

  const tokenOf = (who: Who) => (who === 'anonymous' ? undefined : tokens[who])
  const send = (who: Who, request: Omit<RawRequest, 'token'>) => sendRaw({ ...request, token: tokenOf(who) })
  const json = (who: Who, method: string, path: string, body: unknown) =>
    send(who, { method, path, contentType: JSON_TYPE, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const gql = (who: Who, query: string) => json(who, 'POST', '/graphql', { query })

  async function counts() {
    return Object.fromEntries(await Promise.all(COLLECTIONS.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs])))
  }

  beforeAll(async () => {
    app = await startTestPayload()
    payload = app.payload
    api = createApiClient(app.config)
    tokens = await createStaffTokens(payload, api)
    roleId = (
      await payload.create({
        collection: 'roles',
        data: { name: 'Backend Architect', primaryFocus: 'Focus', keyResponsibility: 'Responsibility', _status: 'published' },
      })
    ).id
    png = await sharp({ create: { width: 2, height: 2, channels: 3, background: { r: 0, g: 0, b: 255 } } }).png().toBuffer()
  })
  afterAll(async () => app?.cleanup())

  describe('malformed requests answer 4xx, never 5xx, and store nothing', () => {
    const rankingRows = (n: number) => Array.from({ length: n }, () => ({ role: roleId, pitch: 'p', adjacency: 'a' }))
    const upload = (fileName: string, payloadField: string) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), fileName)
      form.append('_payload', payloadField)
      return form
    }

    it.each<{ title: string; who: Who; request: () => Promise<{ status: number; json: unknown; text: string }>; status: number; field?: string; says?: RegExp }>([
      { title: 'a page number past 64 bits', who: 'anonymous', request: () => send('anonymous', { method: 'GET', path: '/roles?page=99999999999999999999' }), status: 400, says: /page/ },
      { title: 'a list given to equals', who: 'anonymous', request: () => send('anonymous', { method: 'GET', path: '/roles?where[slug][equals][]=a&where[slug][equals][]=b' }), status: 400, says: /equals/ },
      { title: 'equals given twice', who: 'anonymous', request: () => send('anonymous', { method: 'GET', path: '/roles?where[slug][equals]=a&where[slug][equals]=b' }), status: 400, says: /more than once/ },
      { title: 'bad percent-encoding in the query', who: 'anonymous', request: () => send('anonymous', { method: 'GET', path: '/roles?where[slug][equals]=%ZZ' }), status: 400 },
      { title: 'a negative limit', who: 'anonymous', request: () => send('anonymous', { method: 'GET', path: '/tools?limit=-1' }), status: 400, says: /limit/ },
      { title: 'a GraphQL fragment cycle', who: 'anonymous', request: () => gql('anonymous', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), status: 400, says: /cycle/ },
      { title: 'a ranked role id that does not exist', who: 'editor', request: () => json('editor', 'PATCH', `/roles/${roleId}`, { alternatives: [{ role: 'abc', pitch: 'p', adjacency: 'a' }] }), status: 400, field: 'alternatives.0.role' },
      { title: 'a recommended role that does not exist', who: 'editor', request: () => json('editor', 'POST', '/decision-questions', { question: 'Q?', guidance: 'G', recommends: 999999 }), status: 400, field: 'recommends' },
      { title: 'a numeric email', who: 'admin', request: () => json('admin', 'POST', '/users', { email: 42, password: 'long-enough-password' }), status: 400, field: 'email' },
      { title: 'a null JSON body (create)', who: 'editor', request: () => json('editor', 'POST', '/roles', 'null'), status: 400, says: /JSON object/ },
      { title: 'a null JSON body (update)', who: 'editor', request: () => json('editor', 'PATCH', `/roles/${roleId}`, 'null'), status: 400, says: /JSON object/ },
      { title: 'a JSON list as the body', who: 'editor', request: () => json('editor', 'POST', '/tools', '[1,2]'), status: 400, says: /JSON object/ },
      { title: 'JSON that does not parse', who: 'editor', request: () => json('editor', 'POST', '/tools', '{"name":'), status: 400, says: /not valid JSON/ },
      { title: 'JSON sent as text/plain', who: 'editor', request: () => send('editor', { method: 'POST', path: '/roles', contentType: 'text/plain', body: '{"name":"X"}' }), status: 415 },
      { title: 'a body with no content type', who: 'editor', request: () => send('editor', { method: 'PATCH', path: `/roles/${roleId}`, body: '{"name":"X"}' }), status: 415 },
      { title: 'deep nesting', who: 'editor', request: () => json('editor', 'POST', '/roles', `{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`), status: 400, says: /nests deeper/ },
      { title: 'a null byte in an upload file name', who: 'editor', request: () => send('editor', { method: 'POST', path: '/media', body: upload('logo\u0000.png', '{"alt":"Logo"}') }), status: 400, says: /file name/ },
      { title: 'an upload whose _payload is not JSON', who: 'editor', request: () => send('editor', { method: 'POST', path: '/media', body: upload('logo.png', '{alt') }), status: 400, says: /_payload/ },
      { title: 'a 5,000-row ranking (publish)', who: 'editor', request: () => json('editor', 'PATCH', `/roles/${roleId}`, { alternatives: rankingRows(5000) }), status: 400, field: 'alternatives' },
      { title: 'a 5,000-row ranking (draft)', who: 'editor', request: () => json('editor', 'PATCH', `/roles/${roleId}?draft=true`, { alternatives: rankingRows(5000) }), status: 400, field: 'alternatives' },
      { title: 'client timestamps that are not dates', who: 'editor', request: () => json('editor', 'POST', '/tools', { name: 'Stamped', url: 'https://example.com', category: 'database', updatedAt: 'garbage' }), status: 201 },
    ])('$who: $title → $status', async ({ request, status, field, says }) => {
      const before = await counts()
      const response = await request()
      expect(response.status, response.text.slice(0, 300)).toBe(status)
      if (field) expect(fieldErrorPaths(response.json)).toContain(field)
      if (says) expect(response.text).toMatch(says)
      if (status >= 400) expect(await counts()).toEqual(before)
    })

    it('the role written to above is unchanged', async () => {
      const role = await payload.findByID({ collection: 'roles', id: roleId, draft: true })
      expect(role.name).toBe('Backend Architect')
      expect(role.alternatives ?? []).toEqual([])
    })
  })

  describe('bounds', () => {
    /** A body that counts how many bytes the server pulled from it. */
    function countingBody(totalBytes: number, chunkBytes = 64 * 1024) {
      const read = { bytes: 0 }
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (read.bytes >= totalBytes) return controller.close()
          read.bytes += chunkBytes
          controller.enqueue(new Uint8Array(chunkBytes).fill(0x20))
        },
      })
      return { stream, read }
    }

    it('an anonymous 100 MB body declared by Content-Length is refused with 413 before it is read', async () => {
      const { stream, read } = countingBody(100 * 1024 * 1024)
      const response = await send('anonymous', {
        method: 'POST',
        path: '/roles',
        contentType: JSON_TYPE,
        body: stream,
        headers: { 'content-length': String(100 * 1024 * 1024) },
      })
      expect(response.status).toBe(413)
      expect(read.bytes).toBeLessThanOrEqual(2 * 64 * 1024)
    })

    it.each([
      { kind: 'JSON', contentType: JSON_TYPE, limit: JSON_BODY_MAX_BYTES },
      { kind: 'multipart upload', contentType: 'multipart/form-data; boundary=x', limit: UPLOAD_BODY_MAX_BYTES },
    ])('a streamed $kind body with no Content-Length is cut off at its bound with 413', async ({ contentType, limit }) => {
      const { stream, read } = countingBody(limit * 4)
      const response = await send('anonymous', { method: 'POST', path: '/media', contentType, body: stream })
      expect(response.status).toBe(413)
      expect(read.bytes).toBeLessThan(limit + 3 * 64 * 1024)
    })

    it('a 1 MB JSON body just under the bound is read (and refused for access, not size)', async () => {
      const response = await json('anonymous', 'POST', '/roles', { name: 'x'.repeat(JSON_BODY_MAX_BYTES - 100) })
      expect(response.status).toBe(403)
    })

    it('GraphQL: a 500 KB query is refused with 413 without being parsed', async () => {
      const query = `query { ${'Roles { docs { id } } '.repeat(25_000)}}`
      const response = await gql('anonymous', query)
      expect(response.status).toBe(413)
      expect(query.length).toBeGreaterThan(GRAPHQL_BODY_MAX_BYTES)
    })

    it('GraphQL: a query past the query-size bound (in a body under the body bound) is refused with 413', async () => {
      const query = `query { Roles { docs { ${'id '.repeat(GRAPHQL_QUERY_MAX_BYTES / 3 + 10)}} } }`
      expect((await gql('anonymous', query)).status).toBe(413)
    })

    it(`GraphQL: a query ${GRAPHQL_MAX_DEPTH + 1} levels deep is refused with 400, one at the bound answers`, async () => {
      const pairs = (k: number, leaf: string): string => (k === 0 ? leaf : `alternatives { role { ${pairs(k - 1, leaf)} } }`)
      // Roles { docs { ... } } is two levels, each alternatives { role } two more.
      const deep = await gql('anonymous', `query { Roles { docs { ${pairs(3, 'alternatives { role { name } }')} } } }`)
      expect(deep.status).toBe(400)
      expect(deep.text).toMatch(/11 levels deep/)
      const atBound = await gql('anonymous', `query { Roles { docs { ${pairs(3, 'alternatives { pitch }')} } } }`)
      expect(atBound.status).toBe(200)
    })

    it('GraphQL: a query past the complexity bound is refused with 400', async () => {
      // A relationship counts 10: 120 × (Roles, docs, commonTools, id) is about 1,560.
      const aliases = Array.from({ length: 120 }, (_, i) => `a${i}: Roles { docs { commonTools { id } } }`).join(' ')
      const response = await gql('anonymous', `query { ${aliases} }`)
      expect(response.status).toBe(400)
      expect(response.text).toMatch(/complex/i)
    })

    it('GraphQL: fragments spread exponentially are refused with 400', async () => {
      const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Role { ...F${i + 1} ...F${i + 1} }`).join(' ')
      const response = await gql('anonymous', `query { Roles { docs { ...F0 } } } ${fragments} fragment F20 on Role { id }`)
      expect(response.status).toBe(400)
      expect(response.text).toMatch(/selects/)
    })

    it('GraphQL: a page or limit outside the bounds REST has is refused with 400 naming it, written in the query or sent as a variable', async () => {
      // limit: -1 with a later page used to fail in SQLite ("offset" without "limit"), a 500 inside a 200.
      const literal = await gql('anonymous', 'query { Roles(limit: -1, page: 2) { docs { id } } }')
      expect([literal.status, literal.text]).toEqual([400, expect.stringContaining('\\"limit\\" must be a whole number from 0 to 1000.')])
      const asVariable = await json('anonymous', 'POST', '/graphql', {
        query: 'query ($page: Int) { Roles(page: $page) { docs { id } } }',
        variables: { page: 2147483647 },
      })
      expect([asVariable.status, asVariable.text]).toEqual([400, expect.stringContaining('\\"page\\" must be a whole number from 1 to 100000.')])
      const byDefault = await gql('anonymous', 'query ($limit: Int = 5000) { Roles(limit: $limit) { docs { id } } }')
      expect(byDefault.status).toBe(400)
      const inBounds = await gql('anonymous', 'query { Roles(limit: 0, page: 2) { docs { id } } }')
      expect(inBounds.status).toBe(200)
    })

    it('GraphQL: a misspelt field gets no "Did you mean" suggestion', async () => {
      const response = await gql('anonymous', 'query { Roles { docs { nam } } }')
      expect(response.status).toBeLessThan(500)
      expect((response.json as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Cannot query field "nam"/)
      expect(response.text).not.toMatch(/Did you mean/)
    })

    it('GraphQL: a request that is not JSON is refused with 415', async () => {
      const response = await send('anonymous', { method: 'POST', path: '/graphql', contentType: 'text/plain', body: '{"query":"{ Roles { docs { id } } }"}' })
      expect(response.status).toBe(415)
    })

    it('after all of it the API still answers a normal request', async () => {
      const { status, body } = await api.rest<{ docs: { name: string }[] }>('GET', '/roles?depth=0')
      expect(status).toBe(200)
      expect(body.docs.map((doc) => doc.name)).toContain('Backend Architect')
    })
  })
})
