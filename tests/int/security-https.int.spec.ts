import { afterAll, beforeAll, expect, it } from 'vitest'

import { loginCookie } from './support/loginCookie'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { TEST_PASSWORD } from './support/users'

/**
 * A site served over https (NEXT_PUBLIC_SERVER_URL) marks its session cookie Secure, so it never travels
 * over plain http. lib/env reads the variable once per module graph, and Vitest gives this file its own.
 */
describeOnDatabase('the session cookie on an https site', () => {
  let app: TestPayload

  beforeAll(async () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://toolkits.example'
    app = await startTestPayload()
    await app.payload.create({ collection: 'users', data: { email: 'secure@example.test', password: TEST_PASSWORD, userRole: 'editor' } })
  })
  afterAll(async () => app?.cleanup())

  it('is Secure, HttpOnly and SameSite=Lax', async () => {
    const cookie = await loginCookie(app, 'secure@example.test')
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})
