import { headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { getPayloadClient } from './payload'

/** The signed-in admin-panel user of the current request, from Payload's auth cookie. */
export async function getCurrentUser(): Promise<TypedUser | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user
}
