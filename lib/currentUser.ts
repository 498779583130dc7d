import { headers as requestHeaders } from 'next/headers'
import type { TypedUser } from 'payload'

import { getPayloadClient } from './payload'

/** The signed-in admin-panel user behind these request headers (Payload's auth cookie or token). */
export async function getUserFromHeaders(headers: Headers): Promise<TypedUser | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers })
  return user
}

/** The signed-in user of the request being rendered. */
export async function getCurrentUser(): Promise<TypedUser | null> {
  return getUserFromHeaders(await requestHeaders())
}
