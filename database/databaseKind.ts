/** Which database adapter a connection string selects. Pure, so it is unit-tested on its own. */
export type DatabaseKind = 'sqlite' | 'mongodb'

export const DEFAULT_DATABASE_URI = 'file:./data/site.db'

export function databaseKindFor(uri: string | undefined): DatabaseKind {
  const value = uri?.trim() ?? ''
  if (value === '' || value.startsWith('file:')) return 'sqlite'
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with "file:" (embedded SQLite), "mongodb://" or "mongodb+srv://"; got "${redactCredentials(value)}".`,
  )
}

/** Keeps passwords out of error messages and logs. */
export function redactCredentials(uri: string): string {
  return uri.replace(/\/\/([^@/]+)@/, '//***@')
}
