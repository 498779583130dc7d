import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Role } from '@/payload-types'

import { hasUserRole } from '../../../access/hasUserRole'

/**
 * Marketing publishes the ranking, nothing else. Field access already keeps their hands off other
 * fields; this also keeps their publish from putting anything else live: the page goes live exactly
 * as it is now, with the new ranking. So a role nobody has published stays unpublished, and an
 * editor's unfinished draft is not published along with the ranking (it stays in the version history).
 */
export const publishRankingOnly: CollectionBeforeChangeHook<Role> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || data._status !== 'published' || !hasUserRole(req.user, 'marketing')) {
    return data
  }
  const live = await req.payload.db.findOne<Role>({ collection: 'roles', where: { id: { equals: originalDoc.id } }, req })
  if (live?._status !== 'published') {
    throw new APIError(
      'Only roles that are already published can have their ranking published by marketing. Ask an editor to publish this role first.',
      403,
      undefined,
      true,
    )
  }
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...liveFields } = live
  return { ...liveFields, alternatives: data.alternatives, _status: 'published' }
}
