import path from 'node:path'

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
