import type { Access } from 'payload'

import { isStaffUser } from './hasUserRole'

/** Anyone with an admin-panel role: admin, editor or marketing. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

/** Who may open the admin panel at all. */
export const canUseAdminPanel = ({ req: { user } }: { req: { user: unknown } }): boolean => isStaffUser(user)
