import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { USER_ROLES } from '../../access/hasUserRole'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { boundedEmailField } from '../../fields/emailField'
import { limitedText } from '../../fields/lengthLimitedText'
import { timestampFields } from '../../fields/timestampFields'
import { env } from '../../lib/env'
import { hiddenFromMarketing } from '../shared/hiddenFromMarketing'
import { setupCodeField } from './fields/setupCode'
import { forgotPasswordWithoutTransaction } from './hooks/forgotPasswordWithoutTransaction'
import { hashEvenWithoutAccount } from './hooks/hashEvenWithoutAccount'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

const FIFTEEN_MINUTES_MS = 15 * 60 * 1000

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    hidden: hiddenFromMarketing,
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'userRole', 'updatedAt'],
    description: 'People who can sign in to this admin panel. Only administrators see and manage this list.',
  },
  auth: {
    // Repeated wrong passwords lock the account for a while: slows down password guessing.
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES_MS,
    // Over https the session cookie never travels in clear text; Lax keeps it off cross-site posts.
    cookies: { secure: env.servesHttps, sameSite: 'Lax' },
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    // Unlocking cancels a lockout: only admins, or anyone could keep guessing a password.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [forgotPasswordWithoutTransaction, hashEvenWithoutAccount],
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    boundedEmailField,
    limitedText(80, {
      name: 'name',
      admin: { description: 'Shown in the admin next to the changes this person makes.' },
    }),
    {
      name: 'userRole',
      label: 'Role in the admin',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: USER_ROLES.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value })),
      access: { create: isAdmin, update: isAdmin },
      admin: {
        components: { Field: '@/components/admin/UserRoleField#UserRoleField' },
        description:
          'Admin: everything, users included. Editor: create, edit, publish and delete content. Marketing: reorder the ranking of alternatives and publish it.',
      },
    },
    setupCodeField,
    ...timestampFields,
  ],
}
