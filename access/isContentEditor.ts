import type { Access, FieldAccess } from 'payload'

import { hasUserRole } from './hasUserRole'

/** Editors and admins: create, change, publish and delete content. */
export const isContentEditor: Access = ({ req: { user } }) => hasUserRole(user, 'admin', 'editor')

export const isContentEditorField: FieldAccess = ({ req: { user } }) => hasUserRole(user, 'admin', 'editor')
