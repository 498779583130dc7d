import type { Access } from 'payload'

import { isStaff } from './isStaff'

/** Visitors read published documents only; staff also read drafts. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaff({ req })) return true
  return { _status: { equals: 'published' } }
}
