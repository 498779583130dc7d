import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentEditor } from '../access/isContentEditor'
import { revalidateRedirectSource } from '../hooks/revalidation'
import { SITE_PATH_MAX_LENGTH, validateSitePath } from '../fields/validators'
import { timestampFields } from '../fields/timestampFields'
import { hiddenFromMarketing } from './shared/hiddenFromMarketing'

/**
 * Permanent redirects from old public addresses. Recorded automatically when a role's slug changes;
 * editors may add, change or remove them. A live page always wins over a redirect from its address.
 */
export const Redirects: CollectionConfig<'redirects'> = {
  slug: 'redirects',
  labels: { singular: 'Redirect', plural: 'Redirects' },
  admin: {
    hidden: hiddenFromMarketing,
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'updatedAt'],
    listSearchableFields: ['from', 'to'],
    description:
      'Old addresses that now lead elsewhere. Created for you when a role’s slug changes, so old links keep working.',
  },
  access: {
    // Visitors follow redirects, so reading them is public; only editors change them.
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  hooks: {
    afterChange: [revalidateRedirectSource.afterChange],
    afterDelete: [revalidateRedirectSource.afterDelete],
  },
  fields: [
    {
      name: 'from',
      label: 'Old address',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: SITE_PATH_MAX_LENGTH,
      validate: validateSitePath,
      admin: { description: 'A path on this site, e.g. /toolkits/old-slug' },
    },
    {
      name: 'to',
      label: 'New address',
      type: 'text',
      required: true,
      maxLength: SITE_PATH_MAX_LENGTH,
      validate: validateSitePath,
      admin: { description: 'Where visitors of the old address are sent, e.g. /toolkits/new-slug' },
    },
    ...timestampFields,
  ],
}
