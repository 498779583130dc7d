import type { Publish } from '@/lib/activity'

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

/** A publish's time, as people read it (UTC: the server cannot know the reader's time zone). */
export function PublishedAt({ publish }: { publish: Publish }) {
  return <time dateTime={publish.publishedAt}>{WHEN.format(new Date(publish.publishedAt))} UTC</time>
}

/** Who made a publish: unknown when no one signed in did (the seed, a script) or the account is gone. */
export function PublishedBy({ publish }: { publish: Publish }) {
  return <>{publish.savedBy ?? 'unknown (the seed, a script or a deleted account)'}</>
}

/** The admin's view of that version, compared with the current document. */
export function versionHref(adminRoute: string, publish: Publish): string {
  return `${adminRoute}/collections/${publish.collection}/${publish.documentId}/versions/${publish.versionId}`
}
