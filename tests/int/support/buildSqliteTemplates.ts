/**
 * Writes the SQLite templates of the `int` project (see sqliteGlobalSetup.ts, which starts this in a
 * process of its own with DATABASE_URI on a work file): `<migrated> <seeded>` as arguments.
 *
 * One Payload with the app's config: starting applies the migrations, as the server's start does
 * (database/prepareDatabase.ts); then the seed goes in through the seed loader. `VACUUM INTO` writes
 * each template whole, write-ahead log included.
 */
import type { Client } from '@libsql/client'
import { getPayload } from 'payload'

import config from '../../../payload.config'
import { seedContent } from '../../../seed/content'
import { seedDatabase } from '../../../seed/load'

const [migrated, seeded] = process.argv.slice(2)
if (!migrated || !seeded) throw new Error('Usage: buildSqliteTemplates.ts <migrated file> <seeded file>')

const payload = await getPayload({ config })
const sqlite = (payload.db as unknown as { client: Client }).client
await sqlite.execute({ sql: 'VACUUM INTO ?', args: [migrated] })
await seedDatabase(payload, seedContent)
await sqlite.execute({ sql: 'VACUUM INTO ?', args: [seeded] })
await payload.destroy()
process.exit(0)
