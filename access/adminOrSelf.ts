import type { Access } from 'payload'

import { hasUserRole } from './hasUserRole'

/** Admins manage every account; everyone else sees and changes only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasUserRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
