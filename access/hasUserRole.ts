import type { User } from '@/payload-types'

export type UserRole = User['userRole']

export const USER_ROLES = ['admin', 'editor', 'marketing'] as const satisfies readonly UserRole[]

/** The single check every access rule is built on. */
export function hasUserRole(user: unknown, ...allowed: UserRole[]): boolean {
  if (typeof user !== 'object' || user === null || !('userRole' in user)) return false
  return allowed.includes((user as Pick<User, 'userRole'>).userRole)
}

/**
 * The shape every rule here takes: Payload passes `{ req }` to collection, field and admin-panel
 * access alike, so one function serves as all three and a rule needs only one name.
 */
export type AccessRule = (args: { req: { user?: unknown } }) => boolean
