/** `npm run seed`: loads the seed content, creating only what is missing. Safe to run again. */
import { getPayload } from 'payload'

import { seedContent } from '../seed/content'
import { seedDatabase } from '../seed/load'

// A one-off process: leave scheduled jobs to the server (env is read when the config loads).
process.env.JOBS_AUTORUN = 'false'
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const { created, kept } = await seedDatabase(payload, seedContent)
payload.logger.info(
  `Seed done. Created ${created.roles} roles, ${created.tools} tools, ${created.decisionQuestions} questions; ` +
    `kept ${kept.roles} roles, ${kept.tools} tools, ${kept.decisionQuestions} questions as they were.`,
)
await payload.destroy()
process.exit(0)
