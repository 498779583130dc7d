import { type AccessRule, hasUserRole } from './hasUserRole'

/** Admins only: accounts, roles in the admin, unlocking. Serves as collection and field access. */
export const isAdmin: AccessRule = ({ req: { user } }) => hasUserRole(user, 'admin')
