import type { CollectionSlug, PayloadRequest, TypeWithID } from 'payload'

import { readLiveDocument } from '../../collections/shared/liveDocument'
import type { PathsShowing } from './affectedPaths'
import { createReferenceLookup } from './referenceLookup'

/** The public pages that show a document now, and those that will once its latest draft is published. */
export interface PublicPages {
  live: string[]
  /** Undefined when publishing the latest draft would not change the list. */
  afterPublish?: string[]
}

export type PublicPagesOf = (id: string | number, req: PayloadRequest) => Promise<PublicPages>

/**
 * Where a document shows, by the very rule a publish uses to refresh pages (`pathsShowing`): what
 * its live version shows on, and what its latest draft would show on if published now.
 */
export function publicPagesOf<T extends TypeWithID & { _status?: 'draft' | 'published' | null }>(
  collection: CollectionSlug,
  pathsShowing: PathsShowing<T>,
): PublicPagesOf {
  return async (id, req) => {
    const lookup = createReferenceLookup(req)
    const [live, latest] = await Promise.all([
      readLiveDocument<T>(collection, id, req),
      req.payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true }),
    ])
    const livePages = await pathsShowing({ after: live }, lookup)
    const draft = latest as T | null
    if (!draft || draft._status === 'published') return { live: livePages }
    const afterPublish = await pathsShowing({ after: { ...draft, _status: 'published' } }, lookup)
    const changes = afterPublish.join('\n') !== livePages.join('\n')
    return { live: livePages, afterPublish: changes ? afterPublish : undefined }
  }
}
