import type { CollectionConfig } from 'payload'

import { isContentEditor } from './isContentEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** Public content with drafts (tools, questions): visitors read what is published, editors change it. */
export const editorialContentAccess = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isContentEditor,
  update: isContentEditor,
  delete: isContentEditor,
} satisfies CollectionConfig['access']
