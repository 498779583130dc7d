import type { Migration, Payload } from 'payload'

import { env } from '../lib/env'
import { migrations } from '../migrations'
import { seedContent } from '../seed/content'
import { seedDatabase } from '../seed/load'
import { firstAdminSetupCode } from '../security/firstAdminSetupCode'
import { defaultDatabaseWarning, firstAdminAnnouncement, nonTransactionalWritesWarning } from './startupNotices'

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
  const databaseWarning = defaultDatabaseWarning(env)
  if (databaseWarning && !env.isBuildPhase) payload.logger.warn(databaseWarning)
  // Printed by the server itself, the process someone starting the site watches.
  if (env.isServerProcess && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    payload.logger.info(firstAdminAnnouncement(env.serverUrl, firstAdminSetupCode()))
  }
  const transactionsWarning = nonTransactionalWritesWarning({
    databaseKind: env.databaseKind,
    // The MongoDB adapter drops its transaction options on connecting to a server that is no replica set.
    transactional: Boolean(payload.db.transactionOptions),
  })
  if (transactionsWarning && env.isServerProcess) payload.logger.warn(transactionsWarning)
  if (env.isProduction && env.usesLocalPayloadSecret) {
    payload.logger.warn('PAYLOAD_SECRET is not set: using the local default. Set it before this site faces the internet.')
  }
}

async function isContentEmpty(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['roles', 'tools', 'decision-questions'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  )
  return counts.every(({ totalDocs }) => totalDocs === 0)
}
