import { Forbidden, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'

import { hasUserRole } from '../access/hasUserRole'

/**
 * Payload's "Schedule publish" is a server function any admin-panel user can call; it deletes the job
 * it replaces with access overridden. Cancelling an editor's scheduled publish or unpublish is not
 * marketing's work (who may only reorder and publish that), so the jobs collection refuses it. A job
 * marketing queues runs as marketing, under the roles' own access: a publish puts the live page live
 * again, an unpublish is refused (collections/Roles/access.ts).
 */
const cancelByEditorsOnly: CollectionBeforeDeleteHook = ({ req }) => {
  // Due jobs are deleted by the runner itself (no user, or the admin or cron that runs the queue).
  if (req.user && !hasUserRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
}

export function jobsCollection({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  const hooks = defaultJobsCollection.hooks ?? {}
  return {
    ...defaultJobsCollection,
    hooks: { ...hooks, beforeDelete: [...(hooks.beforeDelete ?? []), cancelByEditorsOnly] },
  }
}
