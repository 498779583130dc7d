import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { defaultDatabaseWarning, firstAdminAnnouncement, nonTransactionalWritesWarning } from '@/database/startupNotices'

describe('what the server says when it starts', () => {
  it('names the admin address and the setup code while no user exists', () => {
    expect(firstAdminAnnouncement('https://toolkits.example', 'ABCD-EFGH')).toBe(
      'No users yet. Create the first admin at https://toolkits.example/admin with setup code ABCD-EFGH',
    )
  })

  it('warns a production server without DATABASE_URI, naming the absolute path of the file it uses', () => {
    const warning = defaultDatabaseWarning({ isProduction: true, usesDefaultDatabase: true, databaseUri: 'file:./data/site.db' })
    expect(warning).toContain('DATABASE_URI is not set')
    expect(warning).toContain(path.resolve('data/site.db'))
  })

  it.each([
    { isProduction: false, usesDefaultDatabase: true },
    { isProduction: true, usesDefaultDatabase: false },
  ])('stays quiet in development or with a chosen database (%j)', (flags) => {
    expect(defaultDatabaseWarning({ ...flags, databaseUri: 'file:./data/site.db' })).toBeUndefined()
  })

  it('says plainly that writes are not transactional on a MongoDB that is not a replica set', () => {
    const warning = nonTransactionalWritesWarning({ databaseKind: 'mongodb', transactional: false })
    expect(warning).toContain('writes are not transactional')
    expect(warning).toContain('replicaSet')
  })

  it.each([
    { databaseKind: 'mongodb' as const, transactional: true },
    { databaseKind: 'sqlite' as const, transactional: true },
  ])('stays quiet when writes are transactional (%j)', (database) => {
    expect(nonTransactionalWritesWarning(database)).toBeUndefined()
  })
})
