import path from 'node:path'

import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { seedContent } from '../seed/content'
import { seedDatabase } from '../seed/load'
import { env } from './env'

/**
 * Runs when Payload starts: applies the committed SQL migrations (MongoDB needs none), then seeds an
 * empty database so a fresh clone shows the seed content at once. Both steps are idempotent.
 */
export async function prepareDatabase(payload: Payload): Promise<void> {
  if (env.databaseKind === 'sqlite') {
    // The generated list types `up`/`down` for SQL adapters; the generic adapter interface says `unknown`.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  if (env.seedOnEmptyDatabase && (await isContentEmpty(payload))) {
    const report = await seedDatabase(payload, seedContent)
    payload.logger.info(
      `Seeded the empty database: ${report.created.roles} roles, ${report.created.tools} tools, ${report.created.decisionQuestions} decision questions.`,
    )
  }
  if (env.isProduction && env.usesDefaultDatabase && !env.isBuildPhase) {
    payload.logger.warn(
      `DATABASE_URI is not set: this production server uses the embedded SQLite file ${defaultDatabasePath()}. ` +
        'Set DATABASE_URI to choose the database (see .env.example).',
    )
  }
  // Only the server's own log shows the code: with the local default secret it is random per process,
  // so a `payload run` script or a build worker would print a code that the server does not accept.
  if (env.isServerProcess && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    payload.logger.info(firstAdminAnnouncement(env.serverUrl, env.firstAdminSetupCode))
  }
  if (env.isProduction && env.usesLocalPayloadSecret) {
    payload.logger.warn('PAYLOAD_SECRET is not set: using the local default. Set it before this site faces the internet.')
  }
}

/** The line a person looks for in the terminal after starting a fresh site. */
export function firstAdminAnnouncement(serverUrl: string, setupCode: string): string {
  return `No users yet. Create the first admin at ${serverUrl}/admin with setup code ${setupCode}`
}

function defaultDatabasePath(): string {
  return path.resolve(env.databaseUri.slice('file:'.length))
}

async function isContentEmpty(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['roles', 'tools', 'decision-questions'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  )
  return counts.every(({ totalDocs }) => totalDocs === 0)
}
