import { type AccessRule, hasUserRole, USER_ROLES } from './hasUserRole'

/**
 * Anyone with an admin-panel role (admin, editor or marketing), as opposed to an anonymous visitor:
 * who may open the admin panel, read drafts and versions, and preview.
 */
export const isStaff: AccessRule = ({ req: { user } }) => hasUserRole(user, ...USER_ROLES)
