import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { env as Env } from './env'

/**
 * MongoDB in production, SQLite as the embedded default. SQL schema changes ship as committed
 * migrations (`migrations/`), applied on start by `prepareDatabase`; schema push is off so that
 * development, tests and production all build the database the same way.
 */
export function createDatabaseAdapter(
  { databaseKind, databaseUri }: Pick<typeof Env, 'databaseKind' | 'databaseUri'>,
  migrationDir: string,
): DatabaseAdapterObj {
  if (databaseKind === 'mongodb') return mongooseAdapter({ url: databaseUri, migrationDir })
  ensureParentDirectory(databaseUri)
  return sqliteAdapter({
    client: { url: databaseUri },
    push: false,
    // String ids, as on MongoDB, so one set of generated types fits both databases.
    idType: 'uuidv7',
    migrationDir,
    // Several processes (next build workers, the server, a seed script) may share the file.
    busyTimeout: 10_000,
    wal: true,
  })
}

/** SQLite creates its file but not the folder it sits in (`./data/` on a fresh clone). */
function ensureParentDirectory(fileUri: string): void {
  const filePath = fileUri.startsWith('file://') ? fileURLToPath(fileUri) : fileUri.slice('file:'.length)
  if (filePath === ':memory:' || filePath === '') return
  mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}
