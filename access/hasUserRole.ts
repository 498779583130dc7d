import type { User } from '@/payload-types'

export type UserRole = User['userRole']

export const USER_ROLES = ['admin', 'editor', 'marketing'] as const satisfies readonly UserRole[]

/** The single check every access rule is built on. */
export function hasUserRole(user: unknown, ...allowed: UserRole[]): boolean {
  if (typeof user !== 'object' || user === null || !('userRole' in user)) return false
  return allowed.includes((user as Pick<User, 'userRole'>).userRole)
}

/** Anyone with an admin-panel role, as opposed to an anonymous visitor. */
export function isStaffUser(user: unknown): boolean {
  return hasUserRole(user, ...USER_ROLES)
}
