import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import type { env as Env } from '../lib/env'
import { runAfterCommitCallbacks } from './afterCommit'
import { createLockTolerantClient } from './waitForSqliteLock'

/**
 * MongoDB in production, SQLite as the embedded default. SQL schema changes ship as committed
 * migrations (`migrations/`), applied on start by `prepareDatabase`; schema push is off so that
 * development, tests and production all build the database the same way.
 *
 * Every write is one transaction on SQLite, and on MongoDB when it runs as a replica set (Payload turns
 * transactions on only then): a write that fails changes nothing, and a process killed half-way leaves
 * no partial document.
 */
export function createDatabaseAdapter(
  { databaseKind, databaseUri }: Pick<typeof Env, 'databaseKind' | 'databaseUri'>,
  migrationDir: string,
): DatabaseAdapterObj {
  if (databaseKind === 'mongodb') {
    return withAdapterSetup(
      mongooseAdapter({
        url: databaseUri,
        // Documents need no schema migrations; a folder of its own keeps `payload migrate` off the SQL ones.
        migrationDir: path.join(migrationDir, 'mongodb'),
        // Build the unique indexes before the first write (the seed on a fresh database included).
        ensureIndexes: true,
      }),
    )
  }
  ensureParentDirectory(databaseUri)
  const sqlite = sqliteAdapter({
    client: { url: databaseUri },
    push: false,
    // String ids, as on MongoDB, so one set of generated types fits both databases.
    idType: 'uuidv7',
    migrationDir,
    // Without transactionOptions the SQLite adapter runs each statement on its own. Any value turns
    // them on; drizzle begins them IMMEDIATE, taking the write lock up front.
    transactionOptions: {},
    // No busyTimeout: SQLite's own wait blocks the event loop (see waitForSqliteLock.ts).
    wal: true,
  })
  return withAdapterSetup(sqlite, (adapter) => {
    // The adapter connects through a client it finds already set (see waitForSqliteLock.ts).
    Object.assign(adapter, { client: createLockTolerantClient({ url: databaseUri }) })
  })
}

/** Wraps the adapter Payload creates from `adapterObj`, once per Payload instance. */
function withAdapterSetup(
  adapterObj: DatabaseAdapterObj,
  setup: (adapter: BaseDatabaseAdapter) => void = () => {},
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      runAfterCommitCallbacks(adapter)
      setup(adapter)
      return adapter
    },
  }
}

/** SQLite creates its file but not the folder it sits in (`./data/` on a fresh clone). */
function ensureParentDirectory(fileUri: string): void {
  const filePath = fileUri.startsWith('file://') ? fileURLToPath(fileUri) : fileUri.slice('file:'.length)
  if (filePath === ':memory:' || filePath === '') return
  mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}
