import { execFile } from 'node:child_process'
import { access, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

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
  /** Migrated, then seeded as an empty database is on start. */
  seeded: string
}

/**
 * Global setup of the `int` project: migrates (and seeds) SQLite once per run, through the same
 * preparation `npm run build` and `npm start` use (scripts/prepare-database.ts), instead of once per
 * test file. The two templates are built side by side in their own processes, so this process never
 * loads the app's config (it reads the environment once).
 */
export default async function provideSqliteTemplates(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'toolkit-int-templates-'))
  const templates: SqliteTemplates = { migrated: path.join(folder, 'migrated.db'), seeded: path.join(folder, 'seeded.db') }
  await Promise.all([prepareDatabase(templates.migrated, { seed: false }), prepareDatabase(templates.seeded, { seed: true })])
  project.provide('sqliteTemplates', templates)
  return () => rm(folder, { recursive: true, force: true })
}

async function prepareDatabase(file: string, { seed }: { seed: boolean }): Promise<void> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [path.resolve('node_modules/payload/bin.js'), 'run', 'scripts/prepare-database.ts'],
    { env: { ...process.env, DATABASE_URI: `file:${file}`, SEED_ON_EMPTY_DATABASE: String(seed) } },
  )
  // Every test file copies it: say here, not in each file, if the preparation left nothing behind.
  await access(file).catch(() => {
    throw new Error(`scripts/prepare-database.ts wrote no ${file}:\n${stdout}${stderr}`)
  })
}
