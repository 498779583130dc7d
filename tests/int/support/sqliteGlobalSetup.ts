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
  /** Migrated and seeded. */
  seeded: string
}

/**
 * Global setup of the `int` project: migrates and seeds SQLite once per run instead of once per test
 * file (buildSqliteTemplates.ts).
 */
export default async function provideSqliteTemplates(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'toolkit-int-templates-'))
  const templates: SqliteTemplates = { migrated: path.join(folder, 'migrated.db'), seeded: path.join(folder, 'seeded.db') }
  await buildTemplates(path.join(folder, 'work.db'), templates)
  project.provide('sqliteTemplates', templates)
  return () => rm(folder, { recursive: true, force: true })
}

/**
 * In a process of its own, since the app's config reads the environment once, and with the module
 * conditions Vitest's workers load the app with: on Node 20, importing the config as plain Node does
 * (Lexical's `node` entry points, a top-level await each) now and then stalls for good, and the
 * process exits 0 having done nothing.
 */
async function buildTemplates(workFile: string, { migrated, seeded }: SqliteTemplates): Promise<void> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', path.resolve('tests/int/support/buildSqliteTemplates.ts'), migrated, seeded],
    { env: { ...process.env, DATABASE_URI: `file:${workFile}`, SEED_ON_EMPTY_DATABASE: 'false', JOBS_AUTORUN: 'false' } },
  )
  await Promise.all([migrated, seeded].map((file) => access(file))).catch(() => {
    throw new Error(`tests/int/support/buildSqliteTemplates.ts wrote no templates:\n${stdout}${stderr}`)
  })
}
