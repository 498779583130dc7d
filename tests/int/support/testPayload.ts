import { randomUUID } from 'node:crypto'
import { copyFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'
import { describe, inject } from 'vitest'

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
 * A database name of its own for every test file. SQLite starts from a copy of the template the
 * global setup migrated (and seeded); MongoDB starts empty, and Payload seeds it on start if asked.
 */
async function throwAwayDatabase(seeded: boolean): Promise<{ uri: string; sqliteFile?: string }> {
  const name = `toolkit-int-${randomUUID().slice(0, 8)}`
  if (testDatabase === 'mongodb') {
    const url = new URL(inject('mongodbUri'))
    url.pathname = `/${name}`
    return { uri: url.toString() }
  }
  const sqliteFile = path.join(tmpdir(), `${name}.db`)
  const templates = inject('sqliteTemplates')
  await copyFile(seeded ? templates.seeded : templates.migrated, sqliteFile)
  return { uri: `file:${sqliteFile}`, sqliteFile }
}

/**
 * Boots Payload with the project's real config. The environment is set before the config module is
 * imported (lib/env reads it once); Vitest gives every test file its own module graph.
 */
export async function startTestPayload({ seedOnStart = false } = {}): Promise<TestPayload> {
  const { uri, sqliteFile } = await throwAwayDatabase(seedOnStart)
  process.env.DATABASE_URI = uri
  process.env.SEED_ON_EMPTY_DATABASE = String(seedOnStart)
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
