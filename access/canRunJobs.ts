import type { PayloadRequest } from 'payload'

import { env } from '../lib/env'
import { secretsMatch } from '../security/secrets'
import { hasUserRole } from './hasUserRole'

/**
 * Who may trigger due jobs (scheduled publishing) over HTTP: an admin, or a cron job presenting
 * `Authorization: Bearer <CRON_SECRET>`.
 */
export function canRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (hasUserRole(req.user, 'admin')) return true
  // Compared in constant time, like every other secret.
  return Boolean(env.cronSecret) && secretsMatch(req.headers.get('authorization'), `Bearer ${env.cronSecret}`)
}
