import type { PayloadRequest } from 'payload'

import { env } from '../lib/env'
import { hasUserRole } from './hasUserRole'

/**
 * Who may trigger due jobs (scheduled publishing) over HTTP: an admin, or a cron job presenting
 * `Authorization: Bearer <CRON_SECRET>`.
 */
export function canRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (hasUserRole(req.user, 'admin')) return true
  return Boolean(env.cronSecret) && req.headers.get('authorization') === `Bearer ${env.cronSecret}`
}
