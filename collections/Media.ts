import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentEditor } from '../access/isContentEditor'
import { limitedText } from '../fields/lengthLimitedText'
import { timestampFields } from '../fields/timestampFields'
import { hiddenFromMarketing } from './shared/hiddenFromMarketing'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: {
    hidden: hiddenFromMarketing,
    useAsTitle: 'alt',
    description: 'Images such as tool logos. Every image needs a text alternative for screen readers.',
  },
  access: {
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  upload: {
    staticDir: 'media',
    mimeTypes: ['image/*'],
  },
  fields: [
    limitedText(160, {
      name: 'alt',
      label: 'Alternative text',
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it, e.g. "Docker logo".' },
    }),
    ...timestampFields,
  ],
}
