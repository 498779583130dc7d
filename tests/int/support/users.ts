import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { ApiClient } from './apiClient'

export const TEST_PASSWORD = 'correct-horse-battery-staple'

export type StaffRole = User['userRole']

/** Creates one user per admin-panel role and logs each in through the REST API. */
export async function createStaffTokens(payload: Payload, api: ApiClient): Promise<Record<StaffRole, string>> {
  const roles: StaffRole[] = ['admin', 'editor', 'marketing']
  const tokens = {} as Record<StaffRole, string>
  for (const userRole of roles) {
    const email = `${userRole}@example.test`
    await payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, userRole } })
    tokens[userRole] = await api.login(email, TEST_PASSWORD)
  }
  return tokens
}
