import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Client } from '@libsql/client'
import { getPayload } from 'payload'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** SQLite files each test file of the `int` project copies instead of building its own database. */
    sqliteTemplates: SqliteTemplates
  }
}

export interface SqliteTemplates {
  /** Every migration applied, no content. */
  migrated: string
  /** Migrated and seeded. */
  seeded: string
}

/**
 * Global setup of the `int` project: migrates and seeds SQLite once per run instead of once per test
 * file. It runs in this process, before any test worker starts.
 */
export default async function provideSqliteTemplates(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'toolkit-int-templates-'))
  const templates: SqliteTemplates = { migrated: path.join(folder, 'migrated.db'), seeded: path.join(folder, 'seeded.db') }
  await buildTemplates(path.join(folder, 'work.db'), templates)
  project.provide('sqliteTemplates', templates)
  return () => rm(folder, { recursive: true, force: true })
}

/**
 * One Payload with the app's config on a work file: starting applies the migrations (as the server's
 * start does, database/prepareDatabase.ts), then the seed goes in as an empty database's start puts it.
 * `VACUUM INTO` writes each template whole, write-ahead log included.
 */
async function buildTemplates(workFile: string, { migrated, seeded }: SqliteTemplates): Promise<void> {
  await withEnvironment({ DATABASE_URI: `file:${workFile}`, SEED_ON_EMPTY_DATABASE: 'false', JOBS_AUTORUN: 'false' }, async () => {
    const { default: config } = await import('@/payload.config')
    const { seedContent } = await import('@/seed/content')
    const { seedDatabase } = await import('@/seed/load')
    const payload = await getPayload({ config })
    try {
      const sqlite = (payload.db as unknown as { client: Client }).client
      await sqlite.execute({ sql: 'VACUUM INTO ?', args: [migrated] })
      await seedDatabase(payload, seedContent)
      await sqlite.execute({ sql: 'VACUUM INTO ?', args: [seeded] })
    } finally {
      await payload.destroy()
    }
  })
}

/**
 * The app's environment module reads process.env once, when the config is first imported: set it for
 * that, then put it back, so the test workers (started later from this process) begin without it.
 */
async function withEnvironment(values: Record<string, string>, run: () => Promise<void>): Promise<void> {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]))
  Object.assign(process.env, values)
  try {
    await run()
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}
