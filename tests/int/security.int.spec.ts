import { defaultLoggerOptions } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import type { ApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { TEST_PASSWORD } from './support/users'
import { loginCookie } from './support/loginCookie'

/**
 * A fresh site is claimed only with the setup code from the server's log; a stranger learns nothing
 * about which accounts exist; expected refusals stay out of the error log; the session cookie's flags.
 * REST and GraphQL through the route handlers. One Payload per file (see access.int.spec.ts): the
 * first-administrator block runs first, on the empty users table.
 */
let booted: Promise<TestPayload> | undefined
const bootPayload = () => (booted ??= startTestPayload())
afterAll(async () => (await booted)?.cleanup())
/** Imported once Payload has booted: the app's route modules read the environment when they load. */
const createApiClient = async (app: TestPayload): Promise<ApiClient> =>
  (await import('./support/apiClient')).createApiClient(app.config)

type ErrorReply = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

describeOnDatabase('the first administrator', () => {
  let app: TestPayload
  let api: ApiClient
  let setupCode: string
  const register = (email: string, extra: Record<string, unknown> = {}) =>
    api.rest<ErrorReply & { user?: { userRole?: string } }>('POST', '/users/first-register', {
      body: { email, password: TEST_PASSWORD, ...extra },
    })
  const userCount = async () => (await app.payload.count({ collection: 'users' })).totalDocs
  const fieldErrors = (body: ErrorReply) => body.errors?.[0]?.data?.errors ?? []

  beforeAll(async () => {
    app = await bootPayload()
    api = await createApiClient(app)
    setupCode = (await import('@/security/firstAdminSetupCode')).firstAdminSetupCode()
    expect(await userCount()).toBe(0)
  })

  it('is refused over REST without the setup code, with an error on the setup code field', async () => {
    const { status, body } = await register('stranger@example.test')
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([expect.objectContaining({ path: 'setupCode', message: expect.stringMatching(/setup code .*server/i) })])
    expect(await userCount()).toBe(0)
  })

  it('is refused over REST with a wrong setup code', async () => {
    const { status, body } = await register('stranger@example.test', { setupCode: 'AAAA-AAAA' })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([expect.objectContaining({ path: 'setupCode', message: expect.stringMatching(/not the setup code/i) })])
    expect(await userCount()).toBe(0)
  })

  it('cannot be created over GraphQL by anyone, code or not', async () => {
    const { body } = await api.gql<{ createUser?: { id: string } }>(
      `mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }`,
      { variables: { data: { email: 'stranger@example.test', password: TEST_PASSWORD, userRole: 'admin', setupCode } } },
    )
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(body.data?.createUser ?? null).toBeNull()
    expect(await userCount()).toBe(0)
  })

  it('is created with the setup code (typed in lower case, without the dash) and becomes an admin', async () => {
    const { status, body } = await register('owner@example.test', { setupCode: setupCode.replace('-', '').toLowerCase() })
    expect(status).toBe(200)
    expect(body.user?.userRole).toBe('admin')
    expect(await userCount()).toBe(1)
  })

  it('stops working once an account exists: the same code registers nobody', async () => {
    const { status } = await register('late@example.test', { setupCode })
    expect(status).toBe(403)
    expect(await userCount()).toBe(1)
  })
})

describeOnDatabase('a stranger cannot tell which accounts exist', () => {
  let app: TestPayload
  let api: ApiClient
  const LOCKED = 'locked@example.test'
  const NOBODY = 'nobody@example.test'

  const restLogin = (email: string, password: string) => api.rest('POST', '/users/login', { body: { email, password } })
  const gqlLogin = async (email: string, password: string) => {
    const { status, body } = await api.gql(
      `mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }`,
      { variables: { email, password } },
    )
    // The path and position are the same for every login; what could differ is status, message and name.
    const errors = body.errors as { message: string; extensions?: unknown }[] | undefined
    return { status, data: body.data, errors: errors?.map(({ message, extensions }) => ({ message, extensions })) }
  }

  beforeAll(async () => {
    app = await bootPayload()
    api = await createApiClient(app)
    await app.payload.create({ collection: 'users', data: { email: LOCKED, password: TEST_PASSWORD, userRole: 'editor' } })
    // Five wrong passwords lock the account (maxLoginAttempts).
    for (let attempt = 0; attempt < 5; attempt++) await restLogin(LOCKED, 'wrong-password')
    const [stored] = (await app.payload.find({ collection: 'users', where: { email: { equals: LOCKED } }, showHiddenFields: true })).docs
    expect(new Date(String(stored?.lockUntil)).getTime()).toBeGreaterThan(Date.now())
  })

  it.each([
    ['the right password', TEST_PASSWORD],
    ['a wrong password', 'another-wrong-password'],
  ])('REST: a locked account with %s answers like an unknown email', async (_label, password) => {
    const locked = await restLogin(LOCKED, password)
    const unknown = await restLogin(NOBODY, password)
    expect(locked.status).toBe(401)
    expect(locked).toEqual(unknown)
    expect(JSON.stringify(locked.body)).not.toMatch(/lock/i)
  })

  it.each([
    ['the right password', TEST_PASSWORD],
    ['a wrong password', 'another-wrong-password'],
  ])('GraphQL: a locked account with %s answers like an unknown email', async (_label, password) => {
    const locked = await gqlLogin(LOCKED, password)
    const unknown = await gqlLogin(NOBODY, password)
    expect(locked.errors?.length).toBe(1)
    expect(locked).toEqual(unknown)
    expect(JSON.stringify(locked)).not.toMatch(/lock/i)
  })

  it('REST: forgot-password answers the same for an existing and an unknown email', async () => {
    const existing = await api.rest('POST', '/users/forgot-password', { body: { email: LOCKED } })
    const unknown = await api.rest('POST', '/users/forgot-password', { body: { email: NOBODY } })
    expect(existing.status).toBe(200)
    expect(existing).toEqual(unknown)
  })

  it('GraphQL: forgotPasswordUser answers the same for an existing and an unknown email', async () => {
    const query = `mutation ($email: String!) { forgotPasswordUser(email: $email) }`
    const existing = await api.gql(query, { variables: { email: LOCKED } })
    const unknown = await api.gql(query, { variables: { email: NOBODY } })
    expect(existing.body.errors).toBeUndefined()
    expect(existing).toEqual(unknown)
  })

  it('first-register answers the same for an existing and an unknown email once the site has users', async () => {
    const existing = await api.rest('POST', '/users/first-register', { body: { email: LOCKED, password: TEST_PASSWORD } })
    const unknown = await api.rest('POST', '/users/first-register', { body: { email: NOBODY, password: TEST_PASSWORD } })
    expect(existing.status).toBe(403)
    expect(existing).toEqual(unknown)
  })
})

describeOnDatabase('expected refusals stay out of the error log', () => {
  let app: TestPayload
  let api: ApiClient

  beforeAll(async () => {
    app = await bootPayload()
    api = await createApiClient(app)
  })

  it.each([
    ['a wrong password (REST)', () => api.rest('POST', '/users/login', { body: { email: 'nobody@example.test', password: 'x' } })],
    ['a locked account (REST)', () => api.rest('POST', '/users/login', { body: { email: 'locked@example.test', password: 'x' } })],
    ['an anonymous read of users (REST)', () => api.rest('GET', '/users')],
    ['an anonymous create (REST)', () => api.rest('POST', '/tools', { body: { name: 'Nope' } })],
    ['an anonymous unlock (REST)', () => api.rest('POST', '/users/unlock', { body: { email: 'locked@example.test' } })],
    [
      'a wrong password (GraphQL)',
      () => api.gql(`mutation { loginUser(email: "nobody@example.test", password: "x") { token } }`),
    ],
    [
      'an anonymous create (GraphQL)',
      () =>
        api.gql(`mutation ($data: mutationToolInput!) { createTool(data: $data) { id } }`, {
          variables: { data: { name: 'Nope', url: 'https://example.com', category: 'language' } },
        }),
    ],
    ['an anonymous read of users (GraphQL)', () => api.gql(`query { Users { docs { id } } }`)],
  ])('%s logs no ERROR', async (_label, request) => {
    // What the operator sees: the lines Payload's logger writes (pino's JSON, before pretty-printing).
    const write = vi.spyOn(defaultLoggerOptions, 'write')
    try {
      await request()
      const levels = write.mock.calls.map(([line]) => (JSON.parse(String(line)) as { level: number }).level)
      expect(levels.length).toBeGreaterThan(0)
      expect(levels.filter((level) => level >= 50)).toEqual([])
    } finally {
      write.mockRestore()
    }
  })
})

describeOnDatabase('the session cookie on an http site', () => {
  let app: TestPayload

  beforeAll(async () => {
    app = await bootPayload()
    await app.payload.create({ collection: 'users', data: { email: 'cookie@example.test', password: TEST_PASSWORD, userRole: 'editor' } })
  })

  it('is HttpOnly and SameSite=Lax, and not Secure (the browser would drop it over http)', async () => {
    const cookie = await loginCookie(app, 'cookie@example.test')
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})
