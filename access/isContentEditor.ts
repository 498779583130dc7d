import { type AccessRule, hasUserRole } from './hasUserRole'

/** Editors and admins: create, change, publish and delete content. Serves as collection and field access. */
export const isContentEditor: AccessRule = ({ req: { user } }) => hasUserRole(user, 'admin', 'editor')
