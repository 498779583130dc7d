import { revalidatePath } from 'next/cache'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'

import { withPreviewImages } from '@/lib/paths'
import type { Role } from '@/payload-types'

import { describeOnDatabase, startTestPayload, testDatabase, type TestPayload } from './support/testPayload'

/**
 * Ids are ObjectIds on MongoDB and uuidv7 strings on SQLite (database/adapter.ts). Nothing a visitor
 * or an editor meets may depend on their form: addresses, redirects, preview links and page refreshes
 * are built from slugs, and rankings from the stored order. This file runs on both databases (the
 * `int` and `int-mongodb` projects) with the same expectations, so a difference fails one of them.
 * Next's cache is mocked: the calls to `revalidatePath` are what a publish refreshes.
 */
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }))

const ID_FORM = {
  mongodb: /^[0-9a-f]{24}$/,
  sqlite: /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
}

const RANKED_BY_BA = ['devops-engineer', 'backend-engineer', 'data-engineer', 'full-stack-developer', 'cloud-architect', 'ml-engineer']

describeOnDatabase('the same behaviour whatever form ids take', () => {
  let app: TestPayload
  let payload: Payload
  let site: typeof import('@/lib/roles')
  let redirects: typeof import('@/lib/redirects')
  let preview: typeof import('@/lib/preview')

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
    payload = app.payload
    // Imported once the test database is configured (lib/env reads it on import).
    site = await import('@/lib/roles')
    redirects = await import('@/lib/redirects')
    preview = await import('@/lib/preview')
  })
  afterAll(async () => app?.cleanup())
  beforeEach(() => vi.mocked(revalidatePath).mockClear())

  const roleBySlug = async (slug: string): Promise<Role> => {
    const [role] = (await payload.find({ collection: 'roles', where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs
    if (!role) throw new Error(`No role ${slug}`)
    return role
  }

  it("reads every id as a string of the database's form", async () => {
    const architect = await roleBySlug('backend-architect')
    const { docs: questions } = await payload.find({ collection: 'decision-questions', depth: 0, pagination: false })
    const ids = [architect.id, ...(architect.alternatives ?? []).map(({ role }) => role), ...questions.map(({ id }) => id)]
    expect(ids.length).toBeGreaterThan(1)
    for (const id of ids) expect(id).toMatch(ID_FORM[testDatabase])
  })

  it('a role renamed and reordered in one publish: the same redirects, refreshed pages, ranking and preview link', async () => {
    const architect = await roleBySlug('backend-architect')
    const reversed = [...(architect.alternatives ?? [])].reverse()
    expect(reversed).toHaveLength(RANKED_BY_BA.length)

    await payload.update({
      collection: 'roles',
      id: architect.id,
      data: { name: 'Systems Architect', slug: 'systems-architect', alternatives: reversed, _status: 'published' },
    })

    // Old links keep working: both old addresses redirect to the new ones.
    const { docs: stored } = await payload.find({ collection: 'redirects', depth: 0, pagination: false, sort: 'from' })
    expect(stored.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: '/toolkits/backend-architect', to: '/toolkits/systems-architect' },
      { from: '/toolkits/backend-architect/alternatives', to: '/toolkits/systems-architect/alternatives' },
    ])
    expect(await redirects.findRedirectTarget('/toolkits/backend-architect/alternatives')).toBe('/toolkits/systems-architect/alternatives')

    // Exactly the pages the role showed on and shows on now: old and new addresses, the home page,
    // the sitemap, the toolkit pages of the roles it ranks ("Where … is an alternative"), and every
    // comparison (by its route).
    const refreshed = [...new Set(vi.mocked(revalidatePath).mock.calls.map(([path]) => path))].sort()
    expect(refreshed).toEqual(
      withPreviewImages([
        '/(site)/compare/[set]',
        '/',
        '/sitemap.xml',
        '/toolkits/backend-architect',
        '/toolkits/backend-architect/alternatives',
        '/toolkits/systems-architect',
        '/toolkits/systems-architect/alternatives',
        ...RANKED_BY_BA.map((slug) => `/toolkits/${slug}`),
      ]).sort(),
    )

    // The new address ranks in the new order; the old one has no page.
    const page = await site.getAlternativesPage('systems-architect')
    expect(page?.role.name).toBe('Systems Architect')
    expect(page?.alternatives.map(({ rank, role }) => `${rank}. ${role.slug}`)).toEqual(
      [...RANKED_BY_BA].reverse().map((slug, index) => `${index + 1}. ${slug}`),
    )
    // Its questions (shown on it by id) are still there, in the new ranking's order.
    expect(page?.questions.map(({ recommends }) => recommends.slug)).toEqual([...RANKED_BY_BA].reverse())
    expect(await site.getAlternativesPage('backend-architect')).toBeNull()
    // A ranked role's toolkit page names and links its ranker by the new name and address.
    expect((await site.getToolkitPage('devops-engineer'))?.rankedBy.map(({ name, slug }) => ({ name, slug }))).toEqual([
      { name: 'Systems Architect', slug: 'systems-architect' },
    ])

    const renamed = await roleBySlug('systems-architect')
    expect(new URL(preview.previewUrl(preview.rolePreviewPath(renamed)!)).searchParams.get('path')).toBe(
      '/toolkits/systems-architect/alternatives',
    )
  })
})
