import type { PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

/** Who may run due jobs over HTTP (`/api/payload-jobs/run`): an admin, or cron with CRON_SECRET. */
let canRunJobs: typeof import('@/access/canRunJobs').canRunJobs

beforeAll(async () => {
  // lib/env reads the environment once, when first imported.
  process.env.CRON_SECRET = 'cron-secret-for-tests'
  ;({ canRunJobs } = await import('@/access/canRunJobs'))
})

const request = (user: unknown, authorization?: string) =>
  ({ user, headers: new Headers(authorization ? { authorization } : {}) }) as unknown as PayloadRequest

describe('canRunJobs', () => {
  it.each([
    { who: 'cron with the secret', user: null, authorization: 'Bearer cron-secret-for-tests', allowed: true },
    { who: 'cron with a wrong secret', user: null, authorization: 'Bearer cron-secret-for-test', allowed: false },
    { who: 'cron without "Bearer"', user: null, authorization: 'cron-secret-for-tests', allowed: false },
    { who: 'an anonymous caller', user: null, authorization: undefined, allowed: false },
    { who: 'an editor', user: { userRole: 'editor' }, authorization: undefined, allowed: false },
    { who: 'an admin', user: { userRole: 'admin' }, authorization: undefined, allowed: true },
  ])('$who: allowed $allowed', ({ user, authorization, allowed }) => {
    expect(canRunJobs({ req: request(user, authorization) })).toBe(allowed)
  })
})
