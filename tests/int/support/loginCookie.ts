import { REST_POST } from '@payloadcms/next/routes'

import type { TestPayload } from './testPayload'
import { TEST_PASSWORD } from './users'

/** The Set-Cookie header a REST login through Payload's route handler sends back. */
export async function loginCookie({ config }: TestPayload, email: string, password = TEST_PASSWORD): Promise<string> {
  const request = new Request('http://localhost:3000/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  if (response.status !== 200) throw new Error(`Login as ${email} failed with ${response.status}`)
  return response.headers.get('set-cookie') ?? ''
}
