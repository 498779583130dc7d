import { SelectField } from '@payloadcms/ui'
import type { SelectFieldServerComponent } from 'payload'

/**
 * "Role in the admin", left off the create-first-user screen (no one is signed in there): the first
 * account always becomes an administrator, so a choice there would only mislead.
 */
export const UserRoleField: SelectFieldServerComponent = ({ clientField, path, permissions, readOnly, schemaPath, user }) =>
  user ? (
    <SelectField field={clientField} path={path} permissions={permissions} readOnly={readOnly} schemaPath={schemaPath} />
  ) : null
