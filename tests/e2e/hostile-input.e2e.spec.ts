import { expect, test } from '@playwright/test'

/**
 * Hostile input on the production build, anonymous: the answers that only a real `next start` gives
 * (Next's own route-parameter decoding, real request streaming). The API cases run in
 * tests/int/hostile-input.int.spec.ts through the same route handlers.
 */
test.use({ storageState: { cookies: [], origins: [] } })

test.describe('hostile input on the production build', () => {
  for (const path of ['/toolkits/%ZZ', '/toolkits/%ZZ/alternatives', '/toolkits/a%E0%A4%A']) {
    test(`${path} (malformed percent-encoding) answers 400, not 500`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status()).toBe(400)
    })
  }

  test('a 5 MB anonymous JSON body is refused with 413', async ({ request }) => {
    const response = await request.post('/api/roles', { headers: { 'content-type': 'application/json' }, data: Buffer.alloc(5 * 1024 * 1024, 0x61) })
    expect(response.status()).toBe(413)
  })

  test('a 500 KB GraphQL query is refused with 413, and a fragment cycle with 400', async ({ request }) => {
    const huge = await request.post('/api/graphql', { data: { query: `query { ${'Roles { docs { id } } '.repeat(25_000)}}` } })
    expect(huge.status()).toBe(413)
    const cycle = await request.post('/api/graphql', { data: { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' } })
    expect(cycle.status()).toBe(400)
  })

  test('the public pages still answer afterwards', async ({ request }) => {
    expect((await request.get('/')).status()).toBe(200)
  })
})
