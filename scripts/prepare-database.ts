/**
 * Applies migrations and seeds an empty database, in one process, before `next build` or `next start`
 * (npm's prebuild/prestart). Build workers then find the schema in place instead of racing to create it.
 */
import { getPayload } from 'payload'


// A one-off process: leave scheduled jobs to the server (env is read when the config loads).
process.env.JOBS_AUTORUN = 'false'
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await payload.destroy()
process.exit(0)
