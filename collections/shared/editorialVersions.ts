import type { CollectionConfig } from 'payload'

/** Drafts, scheduled publishing and a version history for every kind of public content. */
export const EDITORIAL_VERSIONS = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
