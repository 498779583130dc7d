/**
 * The editorial workflow as editors and visitors live it: drafts and their preview, scheduled
 * publishing, restoring a version and slug changes that redirect (what a marketing user may do is in
 * marketing-admin.e2e.spec.ts).
 * Every check of a public page is one request, as a visitor would make it (pages are static and the
 * CMS refreshes them). Every test puts back what it changed so the other specs see the seed.
 */
import { openEditView, openTab, publishChanges, waitForAutosave } from './support/adminUi'
import { autosaveStatus, locationsOf, schedule, statusOf, wholeMinuteAfter } from './support/editorialUi'
import { rankedItems } from './support/publicPages'
import {
  createRole,
  deleteDoc,
  findRedirectsFrom,
  findRole,
  findRoleVersion,
  publish,
  readRole,
  type RoleDoc,
} from './support/restApi'
import {
  alternativesPageOf,
  alternativesPath,
  rankedHeadingOf,
  roleBySlug,
  seedPage,
  seedRankedSlugs,
  toolkitNameOf,
  toolkitPath,
} from './support/seedExpectations'
import { ANONYMOUS, expect, test } from './support/visitor'

const rankingPath = alternativesPath(seedPage.role)
/** Makes the texts and addresses a run creates its own. */
const stamp = Date.now().toString(36)

function endsWithPath(path: string): RegExp {
  return new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
}

function previewRoute(path: string, secret?: string): string {
  return `/preview?${new URLSearchParams({ path, ...(secret && { secret }) })}`
}

test.describe('drafts and preview', () => {
  test('a draft shows in the preview and not on the public pages until it is published', async ({ page, visitor }) => {
    const role = roleBySlug('cloud-architect')
    const stored = await findRole(page.request, role.slug)
    const published = role.tagline!
    const draft = `Draft tagline ${stamp}`
    const rank = seedRankedSlugs.indexOf(role.slug)
    expect(rank, 'the seed ranks Cloud Architect on the alternatives page').toBeGreaterThanOrEqual(0)
    try {
      await test.step('the editor changes the tagline; autosave keeps it as a draft', async () => {
        await openEditView(page, 'roles', stored.id)
        await openTab(page, 'Toolkit page')
        const field = page.locator('#field-tagline')
        await expect(field).toHaveValue(published)
        const autosaved = waitForAutosave(page, 'roles', stored.id)
        await field.fill(draft)
        const response = await autosaved
        expect(response.status(), `autosave: ${await response.text()}`).toBe(200)
        await expect(autosaveStatus(page)).toContainText('Last saved')
        expect((await readRole(page.request, stored.id, { draft: true })).tagline).toBe(draft)
        expect((await readRole(page.request, stored.id)).tagline, 'the live document is untouched').toBe(published)
      })

      const previewButton = page.locator('#preview-button')
      const previewHref = new URL((await previewButton.getAttribute('href')) ?? '', page.url())
      expect(previewHref.pathname).toBe('/preview')
      expect(previewHref.searchParams.get('path')).toBe(toolkitPath(role.slug))
      const secret = previewHref.searchParams.get('secret')
      expect(secret, 'the Preview button carries the preview secret').toBeTruthy()

      await test.step('the Preview button opens the page with the draft under a "Preview" banner', async () => {
        const [preview] = await Promise.all([page.waitForEvent('popup'), previewButton.click()])
        await expect(preview).toHaveURL(endsWithPath(toolkitPath(role.slug)))
        const banner = preview.getByRole('status').filter({ hasText: 'Preview:' })
        await expect(banner).toContainText('you are seeing unpublished drafts')
        await expect(preview.getByRole('main').getByText(draft, { exact: true })).toBeVisible()
        await expect(preview.getByText(published)).toHaveCount(0)

        // Draft mode lasts the session: the ranking shows the draft too.
        await preview.goto(rankingPath)
        await expect(rankedItems(preview).nth(rank).locator('h3')).toHaveText(rankedHeadingOf(role, draft))

        // "Exit preview" goes back to the published page at the same address.
        await banner.getByRole('link', { name: 'Exit preview', exact: true }).click()
        await expect(preview).toHaveURL(endsWithPath(rankingPath))
        await expect(preview.getByRole('status').filter({ hasText: 'Preview:' })).toHaveCount(0)
        await expect(rankedItems(preview).nth(rank).locator('h3')).toHaveText(rankedHeadingOf(role, published))
        await preview.goto(toolkitPath(role.slug))
        await expect(preview.getByRole('main').getByText(published, { exact: true })).toBeVisible()
        await expect(preview.getByText(draft)).toHaveCount(0)
        await preview.close()
      })

      await test.step('a visitor still sees the published tagline', async () => {
        await visitor.goto(toolkitPath(role.slug))
        await expect(visitor.getByRole('main').getByText(published, { exact: true })).toBeVisible()
        await expect(visitor.getByText(draft)).toHaveCount(0)
        await expect(visitor.getByRole('link', { name: 'Exit preview' })).toHaveCount(0)

        await visitor.goto(rankingPath)
        await expect(rankedItems(visitor).nth(rank).locator('h3')).toHaveText(rankedHeadingOf(role, published))
        await expect(visitor.getByText(draft)).toHaveCount(0)
      })

      await test.step('the preview route refuses a visitor: 401 without the secret, 403 with it', async () => {
        expect(await statusOf(visitor.request, previewRoute(toolkitPath(role.slug)))).toBe(401)
        expect(await statusOf(visitor.request, previewRoute(toolkitPath(role.slug), secret!))).toBe(403)
        await visitor.goto(toolkitPath(role.slug))
        await expect(visitor.getByText(draft)).toHaveCount(0)
      })

      await test.step('after "Publish changes" the visitor sees the new tagline on the next request', async () => {
        await publishChanges(page, 'roles', stored.id)
        await visitor.goto(toolkitPath(role.slug))
        await expect(visitor.getByRole('main').getByText(draft, { exact: true })).toBeVisible()
        await expect(visitor.getByText(published)).toHaveCount(0)
        await visitor.goto(rankingPath)
        await expect(rankedItems(visitor).nth(rank).locator('h3')).toHaveText(rankedHeadingOf(role, draft))
      })
    } finally {
      await publish(page.request, 'roles', stored.id, { tagline: stored.tagline ?? null })
    }
  })
})

test.describe('live preview', () => {
  test('the page beside the form follows the edits as autosave stores them, and visitors keep the published one', async ({
    page,
    visitor,
  }) => {
    const role = roleBySlug('data-engineer')
    expect(alternativesPageOf(role.slug), 'Data Engineer has no alternatives page, so its toolkit page is previewed').toBeUndefined()
    const stored = await findRole(page.request, role.slug)
    const published = role.tagline!
    const typed = `Live tagline ${stamp}`
    try {
      await openEditView(page, 'roles', stored.id)
      await page.locator('#live-preview-toggler').click()
      const frame = page.frameLocator('#live-preview-iframe')
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(toolkitNameOf(role))
      await expect(frame.getByRole('status').filter({ hasText: 'Preview:' })).toBeVisible()
      await expect(frame.getByRole('main').getByText(published, { exact: true })).toBeVisible()

      await openTab(page, 'Toolkit page')
      const autosaved = waitForAutosave(page, 'roles', stored.id)
      await page.locator('#field-tagline').fill(typed)
      expect((await autosaved).status()).toBe(200)
      await expect(frame.getByRole('main').getByText(typed, { exact: true })).toBeVisible()

      await visitor.goto(toolkitPath(role.slug))
      await expect(visitor.getByRole('main').getByText(published, { exact: true })).toBeVisible()
      await expect(visitor.getByText(typed)).toHaveCount(0)
    } finally {
      await publish(page.request, 'roles', stored.id, { tagline: stored.tagline ?? null })
    }
  })
})

test.describe('scheduled publishing', () => {
  /**
   * The drawer's picker has whole minutes, so each schedule waits for the clock: both are set for the
   * same minute and awaited together. The lead covers opening two edit views and filling two drawers.
   */
  const SCHEDULE_LEAD_MS = 30_000
  /** Jobs run every 10 s in the server. */
  const JOB_GRACE_MS = 45_000
  /** Once the job has run, the very next request must show the change; allow for a slow render. */
  const PAGE_GRACE_MS = 20_000

  /** Polls the role's stored status until the job has changed it; returns when it was first seen. */
  async function waitForJob(request: import('@playwright/test').APIRequestContext, id: string, status: RoleDoc['_status'], at: number) {
    let seenAt = 0
    await expect
      .poll(
        async () => {
          const current = (await readRole(request, id))._status
          if (current === status && !seenAt) seenAt = Date.now()
          return current
        },
        { message: `the scheduled job sets _status to "${status}"`, timeout: at - Date.now() + JOB_GRACE_MS, intervals: [2_000] },
      )
      .toBe(status)
    expect(seenAt, 'not before the scheduled time').toBeGreaterThanOrEqual(at - 1_000)
  }

  /** Polls a public address until the finished job shows there. */
  async function expectStatusSoon(request: import('@playwright/test').APIRequestContext, path: string, status: number) {
    await expect
      .poll(() => statusOf(request, path), { message: `${path} answers ${status} once the scheduled job has run`, timeout: PAGE_GRACE_MS })
      .toBe(status)
  }

  test('a publish and an unpublish scheduled a minute ahead happen by themselves', async ({ page, visitor }) => {
    test.setTimeout(4 * 60_000)
    const upcoming = {
      name: `Site Reliability Engineer ${stamp}`,
      slug: `site-reliability-engineer-${stamp}`,
      primaryFocus: 'Reliability of production systems',
      keyResponsibility: 'Keep services within their SLOs',
    }
    const retiring = {
      name: `Platform Engineer ${stamp}`,
      slug: `platform-engineer-${stamp}`,
      primaryFocus: 'Internal developer platforms',
      keyResponsibility: 'Build paved roads for product teams',
    }
    const toPublish = await createRole(page.request, upcoming, 'draft')
    const toUnpublish = await createRole(page.request, retiring, 'published')
    const linkTo = (role: { name: string }) => visitor.getByRole('link', { name: `${role.name} Toolkit`, exact: true })
    try {
      // Visitors have asked for the draft's address before: the site answered (and cached) "not found".
      expect(await statusOf(visitor.request, toolkitPath(upcoming.slug))).toBe(404)
      expect(await statusOf(visitor.request, toolkitPath(retiring.slug))).toBe(200)
      await visitor.goto('/')
      await expect(linkTo(upcoming)).toHaveCount(0)
      await expect(linkTo(retiring)).toBeVisible()

      const at = wholeMinuteAfter(SCHEDULE_LEAD_MS)
      await openEditView(page, 'roles', toPublish.id)
      await schedule(page, 'publish', at)
      await openEditView(page, 'roles', toUnpublish.id)
      await schedule(page, 'unpublish', at)

      expect(await statusOf(visitor.request, toolkitPath(upcoming.slug)), 'nothing is public before the time').toBe(404)
      expect(await statusOf(visitor.request, toolkitPath(retiring.slug)), 'still live before the time').toBe(200)
      expect((await readRole(page.request, toPublish.id))._status).toBe('draft')

      await test.step('the jobs queue publishes the one and unpublishes the other at the scheduled time', async () => {
        await waitForJob(page.request, toPublish.id, 'published', at)
        await waitForJob(page.request, toUnpublish.id, 'draft', at)
      })

      await test.step('visitors see the new toolkit page and its link on the home page', async () => {
        await expectStatusSoon(visitor.request, toolkitPath(upcoming.slug), 200)
        await visitor.goto(toolkitPath(upcoming.slug))
        await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(`${upcoming.name} Toolkit`)
      })

      await test.step('visitors get "not found" for the unpublished one', async () => {
        await expectStatusSoon(visitor.request, toolkitPath(retiring.slug), 404)
      })

      await test.step('the home page links to the one and no longer to the other', async () => {
        await visitor.goto('/')
        await expect(linkTo(upcoming)).toBeVisible()
        await expect(linkTo(retiring)).toHaveCount(0)
      })
    } finally {
      await deleteDoc(page.request, 'roles', toPublish.id)
      await deleteDoc(page.request, 'roles', toUnpublish.id)
    }
  })
})

test.describe('version history', () => {
  test('restoring an earlier version in the admin puts it back on the public pages', async ({ page, visitor }) => {
    const role = roleBySlug('backend-engineer')
    const stored = await findRole(page.request, role.slug)
    const older = `Older tagline ${stamp}`
    const newer = `Newer tagline ${stamp}`
    const rank = seedRankedSlugs.indexOf(role.slug)
    try {
      await publish(page.request, 'roles', stored.id, { tagline: older })
      await publish(page.request, 'roles', stored.id, { tagline: newer })
      const olderVersion = await findRoleVersion(page.request, stored.id, { 'version.tagline': older, 'version._status': 'published' })
      await visitor.goto(toolkitPath(role.slug))
      await expect(visitor.getByRole('main').getByText(newer, { exact: true })).toBeVisible()

      await test.step('the editor opens the older version from the Versions view and restores it', async () => {
        await page.goto(`/admin/collections/roles/${stored.id}/versions`)
        const row = page.getByRole('row').filter({ hasText: olderVersion.id })
        await expect(row).toContainText('Previously Published')
        await row.getByRole('link').first().click()
        await expect(page).toHaveURL(endsWithPath(`/admin/collections/roles/${stored.id}/versions/${olderVersion.id}`))
        await expect(page.getByText(older, { exact: true }).first()).toBeVisible()

        await page.getByRole('button', { name: 'Restore this version', exact: true }).click()
        const dialog = page.getByRole('dialog').filter({ hasText: 'Confirm Version Restoration' })
        const restored = page.waitForResponse(
          (response) =>
            response.request().method() === 'POST' &&
            new URL(response.url()).pathname === `/api/roles/versions/${olderVersion.id}`,
        )
        await dialog.getByRole('button', { name: 'Confirm', exact: true }).click()
        const response = await restored
        expect(response.status(), `restore: ${await response.text()}`).toBe(200)
        await expect(page).toHaveURL(endsWithPath(`/admin/collections/roles/${stored.id}`))
      })

      await test.step('visitors see the older tagline on the next request', async () => {
        await visitor.goto(toolkitPath(role.slug))
        await expect(visitor.getByRole('main').getByText(older, { exact: true })).toBeVisible()
        await expect(visitor.getByText(newer)).toHaveCount(0)
        await visitor.goto(rankingPath)
        await expect(rankedItems(visitor).nth(rank).locator('h3')).toHaveText(rankedHeadingOf(role, older))
      })
    } finally {
      await publish(page.request, 'roles', stored.id, { tagline: stored.tagline ?? null })
    }
  })
})

test.describe('slug changes', () => {
  test('a slug changed in the admin redirects the old addresses permanently, until the page comes back', async ({
    page,
    browser,
    visitor,
  }) => {
    const role = roleBySlug('full-stack-developer')
    const stored = await findRole(page.request, role.slug)
    const newSlug = `full-stack-engineer-${stamp}`
    const oldPaths = [toolkitPath(role.slug), alternativesPath(role.slug)]
    const newPaths = [toolkitPath(newSlug), alternativesPath(newSlug)]
    try {
      await test.step('the editor changes the slug in the sidebar and publishes', async () => {
        await openEditView(page, 'roles', stored.id)
        const slugField = page.locator('#field-slug')
        await expect(slugField).toHaveValue(role.slug)
        await slugField.fill(newSlug)
        await publishChanges(page, 'roles', stored.id)
      })

      await test.step('the old addresses answer 308 to the new ones', async () => {
        for (const [index, oldPath] of oldPaths.entries()) {
          const response = await visitor.request.get(oldPath, { maxRedirects: 0 })
          expect(response.status(), oldPath).toBe(308)
          const locations = locationsOf(response)
          expect(locations.length, `${oldPath} has a Location header`).toBeGreaterThan(0)
          expect(new Set(locations), `${oldPath} Location`).toEqual(new Set([newPaths[index]]))
        }
        await visitor.goto(toolkitPath(role.slug))
        await expect(visitor).toHaveURL(endsWithPath(toolkitPath(newSlug)))
        await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(toolkitNameOf(role))

        // Pages that rank the role link straight to its new address.
        await visitor.goto(rankingPath)
        await expect(visitor.locator(`a[href="${toolkitPath(role.slug)}"]`)).toHaveCount(0)
        await expect(visitor.locator(`a[href="${toolkitPath(newSlug)}"]`).first()).toBeVisible()
      })

      await test.step('the admin lists the redirect', async () => {
        await page.goto('/admin/collections/redirects')
        const row = page
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: toolkitPath(role.slug), exact: true }) })
        await expect(row).toHaveCount(1)
        await expect(row.getByRole('cell', { name: toolkitPath(newSlug), exact: true })).toBeVisible()
      })

      await test.step('the slug put back: the live page wins over the redirect', async () => {
        await publish(page.request, 'roles', stored.id, { slug: role.slug })
        expect(await statusOf(visitor.request, toolkitPath(role.slug))).toBe(200)
        expect(await findRedirectsFrom(page.request, oldPaths), 'no redirect shadows the live page').toEqual([])
        // A new visitor's browser: the one above has cached the permanent (308) redirect from this
        // address, as browsers do, and would now loop between the two addresses. Putting a slug
        // back undoes a "permanent" redirect; the README says so under "Slug changes".
        const newcomerContext = await browser.newContext({ storageState: ANONYMOUS })
        try {
          const newcomer = await newcomerContext.newPage()
          await newcomer.goto(toolkitPath(role.slug))
          await expect(newcomer).toHaveURL(endsWithPath(toolkitPath(role.slug)))
          await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText(toolkitNameOf(role))
        } finally {
          await newcomerContext.close()
        }
      })
    } finally {
      if ((await readRole(page.request, stored.id)).slug !== role.slug) {
        await publish(page.request, 'roles', stored.id, { slug: role.slug })
      }
      // The round trip leaves redirects from the temporary address; other specs expect none.
      for (const redirect of await findRedirectsFrom(page.request, [...oldPaths, ...newPaths])) {
        await deleteDoc(page.request, 'redirects', redirect.id)
      }
    }
  })
})
