/**
 * Applies migrations and seeds an empty database, in one process, before `next build` or `next start`
 * (npm's prebuild/prestart). Build workers then find the schema in place instead of racing to create it.
 */
import { getPayload } from 'payload'

import config from '../payload.config'

const payload = await getPayload({ config })
await payload.destroy()
process.exit(0)
