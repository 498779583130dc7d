import type { Access, FieldAccess } from 'payload'

import { hasUserRole } from './hasUserRole'

export const isAdmin: Access = ({ req: { user } }) => hasUserRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasUserRole(user, 'admin')
