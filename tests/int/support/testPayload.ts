import { randomUUID } from 'node:crypto'
import { copyFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'
import { describe, inject } from 'vitest'

import type { SqliteTemplates } from './sqliteGlobalSetup'

/**
 * Payload's local API on a database of its own: a throw-away copy of a prepared SQLite file
 * (tests/int/support/sqliteGlobalSetup.ts), or a throw-away database on the MongoDB server of the
 * `int-mongodb` project (tests/int/support/mongodbGlobalSetup.ts).
 */
export const testDatabase = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'

/** A describe block labelled with the project's database. */
export function describeOnDatabase(name: string, body: () => void): void {
  describe(`${name} [${testDatabase}]`, body)
}

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  cleanup: () => Promise<void>
}

/**
 * A database name of its own for every test file. SQLite starts from a copy of a template the global
 * setup prepared (tests/int/support/sqliteGlobalSetup.ts); MongoDB starts empty.
 */
async function throwAwayDatabase(sqliteTemplate: keyof SqliteTemplates): Promise<{ uri: string; sqliteFile?: string }> {
  const name = `toolkit-int-${randomUUID().slice(0, 8)}`
  if (testDatabase === 'mongodb') {
    const url = new URL(inject('mongodbUri'))
    url.pathname = `/${name}`
    return { uri: url.toString() }
  }
  const sqliteFile = path.join(tmpdir(), `${name}.db`)
  await copyFile(inject('sqliteTemplates')[sqliteTemplate], sqliteFile)
  return { uri: `file:${sqliteFile}`, sqliteFile }
}

export interface StartOptions {
  /** Start with the seed content: a copy of the seeded template on SQLite, seeded as Payload starts on MongoDB. */
  seeded?: boolean
  /** Start empty and let Payload seed the database as it starts, as on a fresh clone: for testing that start. */
  seedOnStart?: boolean
}

/**
 * Boots Payload with the project's real config. The environment is set before the config module is
 * imported (lib/env reads it once); Vitest gives every test file its own module graph.
 */
export async function startTestPayload({ seeded = false, seedOnStart = false }: StartOptions = {}): Promise<TestPayload> {
  const seedsOnStart = seedOnStart || (seeded && testDatabase === 'mongodb')
  const { uri, sqliteFile } = await throwAwayDatabase(seeded && !seedsOnStart ? 'seeded' : 'migrated')
  process.env.DATABASE_URI = uri
  process.env.SEED_ON_EMPTY_DATABASE = String(seedsOnStart)
  const { default: configPromise } = await import('@/payload.config')
  const { getPayload } = await import('payload')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    cleanup: async () => {
      if (testDatabase === 'mongodb') {
        const { connection } = payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }
        await connection.dropDatabase()
      }
      await payload.destroy()
      if (sqliteFile) {
        await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${sqliteFile}${suffix}`, { force: true })))
      }
    },
  }
}
