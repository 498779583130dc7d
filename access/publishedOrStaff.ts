import type { Access } from 'payload'

import { isStaffUser } from './hasUserRole'

/** Visitors read published documents only; staff also read drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
