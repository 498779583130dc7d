// A child process that holds SQLite's write lock on LOCK_DATABASE_URI, as a second server or a seed
// script would, until a line arrives on its standard input.
import { createClient } from '@libsql/client'

const client = createClient({ url: process.env.LOCK_DATABASE_URI })
const transaction = await client.transaction('write')
process.stdout.write('locked\n')
process.stdin.once('data', async () => {
  await transaction.commit()
  process.stdout.write('released\n')
  process.exit(0)
})
