import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionConfig,
} from 'payload'

import { hasUserRole } from '../access/hasUserRole'

const SCHEDULE_PUBLISH_TASK = 'schedulePublish'

interface ScheduledBy {
  relationTo?: string
  value?: number | string
}

/**
 * Payload's "Schedule publish" is a server function any admin-panel user can call: it queues a job
 * (running later as the user who scheduled it) and deletes the job it replaces with access overridden.
 * Scheduling and cancelling publishes is an editor's work, not marketing's (who may only reorder and
 * publish that), so the jobs collection itself refuses both.
 */
const scheduleByEditorsOnly: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.taskSlug !== SCHEDULE_PUBLISH_TASK) return data
  const scheduledBy = (data.input as { user?: ScheduledBy } | undefined)?.user
  if (!scheduledBy || scheduledBy.value === undefined) return data
  // Users are the only accounts that sign in to the admin.
  const user =
    scheduledBy.relationTo === 'users'
      ? await req.payload.db.findOne({ collection: 'users', where: { id: { equals: scheduledBy.value } }, req })
      : null
  if (!hasUserRole(user, 'admin', 'editor')) throw new Forbidden(req.t)
  return data
}

const cancelByEditorsOnly: CollectionBeforeDeleteHook = ({ req }) => {
  // Due jobs are deleted by the runner itself (no user, or the admin or cron that runs the queue).
  if (req.user && !hasUserRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
}

export function jobsCollection({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  const hooks = defaultJobsCollection.hooks ?? {}
  return {
    ...defaultJobsCollection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), scheduleByEditorsOnly],
      beforeDelete: [...(hooks.beforeDelete ?? []), cancelByEditorsOnly],
    },
  }
}
