import path from 'node:path'

import type { DatabaseKind } from './databaseKind'

/** What the server says when it starts, kept pure so the wording and the conditions are unit-tested. */

/** The line a person looks for in the terminal after starting a fresh site. */
export function firstAdminAnnouncement(serverUrl: string, setupCode: string): string {
  return `No users yet. Create the first admin at ${serverUrl}/admin with setup code ${setupCode}`
}

/**
 * A production server on the default embedded file may be one whose DATABASE_URI was forgotten: it
 * would run on a fresh, empty database. Say which file it uses, as an absolute path.
 */
export function defaultDatabaseWarning({
  isProduction,
  usesDefaultDatabase,
  databaseUri,
}: {
  isProduction: boolean
  usesDefaultDatabase: boolean
  databaseUri: string
}): string | undefined {
  if (!isProduction || !usesDefaultDatabase) return undefined
  const file = path.resolve(databaseUri.replace(/^file:/, ''))
  return `DATABASE_URI is not set: this production server uses the embedded SQLite file ${file}. Set DATABASE_URI to choose the database (see .env.example).`
}

/**
 * Payload opens transactions on MongoDB only when the connection names a replica set. Without one a
 * save is several separate writes: one that fails half-way can leave part of it written.
 */
export function nonTransactionalWritesWarning({
  databaseKind,
  transactional,
}: {
  databaseKind: DatabaseKind
  transactional: boolean
}): string | undefined {
  if (databaseKind !== 'mongodb' || transactional) return undefined
  return 'MongoDB without a replica set: writes are not transactional, so a save that fails half-way can leave part of it written. Use a replica set (MongoDB Atlas, or a single node started with --replSet) and name it in DATABASE_URI (?replicaSet=<name>).'
}
