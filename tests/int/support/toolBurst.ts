/**
 * A child process for the kill -9 test: boots Payload on DATABASE_URI and creates tools back to back,
 * printing "created <n>" after each, until it is killed.
 */
import { getPayload } from 'payload'

process.env.JOBS_AUTORUN = 'false'
const { default: config } = await import('../../../payload.config')
const payload = await getPayload({ config })
for (let created = 1; ; created += 1) {
  await payload.create({
    collection: 'tools',
    data: { name: `Burst tool ${created}`, url: 'https://burst.example', category: 'reference', _status: 'published' },
    context: { skipRevalidation: true },
  })
  process.stdout.write(`created ${created}\n`)
}
