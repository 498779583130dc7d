import type { RelationshipField } from 'payload'

import { isStaff } from '../access/isStaff'
import { noOne } from '../access/noOne'

/**
 * Who saved this version: set by the server on every save (a request cannot choose it), so each
 * version in a document's History names its author, and a publish the activity view lists names who
 * made it. Staff only: the public API never shows who edits the site.
 */
export const savedByField: RelationshipField = {
  name: 'savedBy',
  label: 'Saved by',
  type: 'relationship',
  relationTo: 'users',
  access: { read: isStaff, create: noOne, update: noOne },
  admin: {
    position: 'sidebar',
    readOnly: true,
    placeholder: 'Nobody signed in',
    description: 'Who saved this version. Set on every save; the History tab shows it for each version.',
  },
  hooks: {
    // A save with no one signed in (the seed, a script) names no one.
    beforeChange: [({ req }) => (req.user?.collection === 'users' ? req.user.id : null)],
  },
}
