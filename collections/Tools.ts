import type { CollectionConfig } from 'payload'

import { editorialContentAccess } from '../access/editorialContentAccess'
import { EDITORIAL_VERSIONS } from './shared/editorialVersions'
import { writeValidation } from './shared/writeValidation'
import { limitedText, limitedTextarea } from '../fields/lengthLimitedText'
import { slugField } from '../fields/slugField'
import { uniqueText } from '../fields/uniqueText'
import { revalidateToolPages } from '../hooks/revalidation'
import { URL_MAX_LENGTH, validateHttpUrl, validateOption } from '../fields/validators'
import { publicPagesField } from '../fields/publicPagesField'
import { savedByField } from '../fields/savedByField'
import { timestampFields } from '../fields/timestampFields'
import { hiddenFromMarketing } from './shared/hiddenFromMarketing'

const TOOL_CATEGORIES = [
  { label: 'Programming language', value: 'language' },
  { label: 'Framework or runtime', value: 'framework' },
  { label: 'Database', value: 'database' },
  { label: 'Cloud platform', value: 'cloud' },
  { label: 'Containers and orchestration', value: 'containers' },
  { label: 'CI/CD', value: 'ci-cd' },
  { label: 'Data processing', value: 'data' },
  { label: 'Machine learning', value: 'machine-learning' },
  { label: 'Reference and learning', value: 'reference' },
] as const

export const Tools: CollectionConfig<'tools'> = {
  slug: 'tools',
  labels: { singular: 'Tool', plural: 'Tools' },
  admin: {
    hidden: hiddenFromMarketing,
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'url', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'url'],
    description:
      'Technologies that roles list under "Common Tools" and "Learn more" links. Renaming a tool updates every page that shows it.',
  },
  access: editorialContentAccess,
  versions: EDITORIAL_VERSIONS,
  hooks: {
    beforeChange: [...writeValidation, revalidateToolPages.beforeChange],
    afterChange: [revalidateToolPages.afterChange],
    beforeDelete: [revalidateToolPages.beforeDelete],
    afterDelete: [revalidateToolPages.afterDelete],
  },
  fields: [
    uniqueText(
      limitedText(60, {
        name: 'name',
        required: true,
        admin: { description: 'As it appears in the comparison table, e.g. "Kubernetes".' },
      }),
    ),
    slugField('name', 'Used in the API. Filled from the name when left empty.'),
    {
      name: 'url',
      label: 'Official site',
      type: 'text',
      required: true,
      maxLength: URL_MAX_LENGTH,
      // Empty is only "incomplete" (a draft may be); anything typed must be an http(s) address.
      validate: (value: unknown, { required }: { required?: boolean }) =>
        !required && (value === undefined || value === null || value === '') ? true : validateHttpUrl(value),
      admin: { description: 'Where "Learn more" and the Common Tools links go. Must start with https:// or http://.' },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      options: [...TOOL_CATEGORIES],
      validate: (value: unknown, { required }: { required?: boolean }) =>
        required && !value ? 'This field is required' : validateOption(value, TOOL_CATEGORIES),
      admin: { position: 'sidebar' },
    },
    limitedTextarea(300, {
      name: 'description',
      admin: { description: 'One or two sentences on what the tool is. Optional.' },
    }),
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      admin: { position: 'sidebar' },
    },
    ...timestampFields,
    publicPagesField,
    savedByField,
  ],
}
