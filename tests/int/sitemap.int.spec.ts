import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'

/**
 * The sitemap's dates, as search engines read them: each role's pages carry the role's last publish,
 * the home page the latest of them. (That a publish refreshes the cached /sitemap.xml is the refresh
 * list's: tests/int/revalidation.int.spec.ts.)
 */
describeOnDatabase('the sitemap', () => {
  let app: TestPayload
  let payload: Payload
  let sitemap: typeof import('@/app/sitemap').default
  let absoluteUrl: typeof import('@/lib/seo').absoluteUrl

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
    payload = app.payload
    // Imported once the test database is configured (lib/env reads it on import).
    sitemap = (await import('@/app/sitemap')).default
    absoluteUrl = (await import('@/lib/seo')).absoluteUrl
  })
  afterAll(async () => app?.cleanup())

  const lastmodOf = async (path: string) => (await sitemap()).find(({ url }) => url === absoluteUrl(path))?.lastModified

  it('dates a role’s pages by its last publish, the home page by the latest, and leaves the other roles’ dates', async () => {
    const { docs } = await payload.find({ collection: 'roles', where: { slug: { equals: 'devops-engineer' } }, depth: 0, limit: 1 })
    const before = await lastmodOf('/toolkits/backend-architect')
    const published = await payload.update({
      collection: 'roles',
      id: docs[0]!.id,
      data: { tagline: 'A tagline for the sitemap test', _status: 'published' },
      context: { skipRevalidation: true },
    })
    expect(await lastmodOf('/toolkits/devops-engineer')).toBe(published.updatedAt)
    expect(await lastmodOf('/')).toBe(published.updatedAt)
    expect(await lastmodOf('/toolkits/backend-architect')).toBe(before)
    expect(Date.parse(String(before))).toBeLessThan(Date.parse(published.updatedAt))
  })
})
