import type { TextField, TextFieldSingleValidation } from 'payload'

import { firstAdminSetupCode } from '../../../security/firstAdminSetupCode'
import { setupCodeMatches } from '../../../security/setupCode'

/**
 * Without it, whoever first finds a fresh site registers as its administrator. The first account must
 * bring the code the server prints in its log (database/prepareDatabase.ts), which only someone who runs the
 * server can read. Requests from outside (REST `first-register`, the admin's create-first-user form,
 * which posts there) are checked; the local API (seed scripts, tests) runs on the server already.
 * Once an account exists the code means nothing: first-register refuses, and only admins create users.
 */
const requireSetupCodeForFirstUser: TextFieldSingleValidation = async (value, { operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local') return true
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs > 0) return true
  if (typeof value !== 'string' || value.trim() === '') {
    return 'Enter the setup code the server printed in its log ("… with setup code XXXX-XXXX").'
  }
  return setupCodeMatches(value, firstAdminSetupCode()) || 'This is not the setup code the server printed in its log.'
}

/** Virtual: never stored, so no migration; shown only to someone not signed in (the create-first-user form). */
export const setupCodeField: TextField = {
  name: 'setupCode',
  label: 'Setup code',
  type: 'text',
  virtual: true,
  validate: requireSetupCodeForFirstUser,
  admin: {
    // Payload makes virtual fields read-only in the admin unless told otherwise: this one is typed in.
    readOnly: false,
    condition: (_data, _siblingData, { user }) => !user,
    description: 'Printed in the server log: "Create the first admin at …/admin with setup code XXXX-XXXX".',
    disableListColumn: true,
    disableListFilter: true,
  },
}
