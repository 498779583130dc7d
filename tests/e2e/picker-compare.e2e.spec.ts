/**
 * "Which toolkit fits me?" (the How to pick questions as a form) and comparing any toolkits side by
 * side, as a visitor uses them on the seed: without JavaScript (plain GET forms to server-rendered
 * pages at addresses to share) and with it (the picker answers in place).
 */
import type { Locator, Page } from '@playwright/test'

import { pickPath } from '../../lib/paths'
import type { SeedRole } from '../../seed/types'

import { ADMIN_STORAGE_STATE } from './support/admin'
import { locationsOf } from './support/editorialUi'
import { createRole, deleteDoc, findRedirectsFrom, findRole, publish } from './support/restApi'
import {
  alternativesPath,
  questionsFor,
  roleBySlug,
  seedPage,
  seedPageRole,
  seedRankedSlugs,
  toolkitNameOf,
  toolkitPath,
} from './support/seedExpectations'
import { ANONYMOUS, expect, test } from './support/visitor'

test.use({ storageState: ANONYMOUS })

const pagePath = alternativesPath(seedPage.role)
const questions = questionsFor(seedPage.role, seedRankedSlugs)
/** The seed's questions recommending these roles (one each). */
const questionFor = (slug: string) => questions.find((question) => question.recommends === slug)!.question

const devops = roleBySlug('devops-engineer')
const ml = roleBySlug('ml-engineer')
const data = roleBySlug('data-engineer')

function pickResult(page: Page): Locator {
  return page.locator('[aria-live="polite"]')
}

/** Each recommendation as "<toolkit> · <best match|match n>: you said yes to" and its reasons. */
async function expectRecommendations(page: Page, expected: { toolkit: string; rank: string; reasons: string[] }[]) {
  const items = pickResult(page).locator('ol > li')
  await expect(items).toHaveCount(expected.length)
  for (const [index, { toolkit, rank, reasons }] of expected.entries()) {
    const item = items.nth(index)
    await expect(item.getByRole('link', { name: toolkit, exact: true })).toBeVisible()
    await expect(item).toContainText(`${toolkit} · ${rank}: you said yes to`)
    await expect(item.locator('ul > li')).toHaveText(reasons)
  }
}

/** The tie of the seed: DevOps Engineer and ML Engineer both match once; DevOps ranks higher. */
const DEVOPS_AND_ML = [
  { toolkit: toolkitNameOf(devops), rank: 'best match', reasons: [questionFor(devops.slug)] },
  { toolkit: toolkitNameOf(ml), rank: 'best match', reasons: [questionFor(ml.slug)] },
]
const COMPARE_DEVOPS_AND_ML = `/compare/${[seedPageRole.slug, devops.slug, ml.slug].sort().join('-vs-')}`

async function tick(page: Page, ...names: string[]) {
  for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check()
}

test.describe('the picker without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('submits to a result page at an address to share: the best toolkits, why, and a comparison', async ({ page }) => {
    await page.goto(pagePath)
    // Ticked in an order other than the ranking's: the ranking breaks the tie.
    await tick(page, questionFor(ml.slug), questionFor(devops.slug))
    await page.getByRole('button', { name: 'Which toolkit fits me?' }).click()

    await expect(page).toHaveURL(/\/toolkits\/backend-architect\/alternatives\/pick\?q=[^&]+&q=[^&]+#picked$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which toolkit fits you?')
    await expectRecommendations(page, DEVOPS_AND_ML)
    await expect(page.getByRole('checkbox', { name: questionFor(ml.slug) })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: questionFor(data.slug) })).not.toBeChecked()
    const toolkitLink = pickResult(page).getByRole('link', { name: toolkitNameOf(devops), exact: true })
    await expect(toolkitLink).toHaveAttribute('href', toolkitPath(devops.slug))
    // Opening the address again (as someone it was shared with) is the JavaScript test's "Link to this answer".

    await pickResult(page).getByRole('link', { name: /^Compare / }).click()
    await expect(page).toHaveURL(COMPARE_DEVOPS_AND_ML)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${seedPageRole.name} vs ${devops.name} vs ${ml.name}`)
  })

  test('with nothing ticked, says what to do instead of recommending', async ({ request }) => {
    // What the form sends with nothing ticked: the result page with no answer.
    const html = await (await request.get(pickPath(seedPageRole.slug))).text()
    expect(html).toContain('Tick at least one question you answer “yes” to')
    expect(html).not.toContain('you said yes to')
  })
})

test.describe('the picker with JavaScript', () => {
  test('answers in place, from the keyboard, in a live region, and links to the same answer', async ({ page }) => {
    await page.goto(pagePath)
    // Once the page's scripts have run: before that, the form is the plain one, which leaves the page.
    await page.waitForLoadState('networkidle')
    // Set on this document: a full page load would lose it.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }))
    for (const slug of [ml.slug, devops.slug]) {
      await page.getByRole('checkbox', { name: questionFor(slug) }).focus()
      await page.keyboard.press('Space')
    }
    await page.getByRole('button', { name: 'Which toolkit fits me?' }).focus()
    await page.keyboard.press('Enter')

    await expectRecommendations(page, DEVOPS_AND_ML)
    expect(page.url()).toMatch(new RegExp(`${pagePath}$`))
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true)
    await expect(pickResult(page).getByRole('heading', { level: 3 })).toHaveText('Toolkits that fit you')

    const share = pickResult(page).getByRole('link', { name: 'Link to this answer' })
    await share.click()
    await expect(page).toHaveURL(/\/alternatives\/pick\?q=/)
    await expectRecommendations(page, DEVOPS_AND_ML)
  })
})

test.describe('compare any toolkits', () => {
  /** The comparison's rows (the role column), as the shared table lists them. */
  const rows = (page: Page) => page.getByRole('region', { name: / vs .+ \(scroll sideways/ }).locator('tbody > tr > th')

  /** Ticks roles in the page's compare form and expects their comparison at its one address, roles sorted by slug. */
  async function compareFrom(page: Page, path: string, ticked: SeedRole[], compared: SeedRole[]) {
    await page.goto(path)
    const form = page.getByRole('group', { name: 'Compare 2 to 4 toolkits' })
    for (const { name } of ticked) await form.getByRole('checkbox', { name, exact: true }).check()
    await page.getByRole('button', { name: 'Compare side by side' }).click()
    const sorted = [...compared].sort((a, b) => a.slug.localeCompare(b.slug))
    await expect(page).toHaveURL(`/compare/${sorted.map(({ slug }) => slug).join('-vs-')}`)
    await expect(rows(page)).toHaveText(sorted.map(({ name }) => name))
  }

  test('from the home page (nothing ticked), a toolkit page and an alternatives page (its role ticked)', async ({ page }) => {
    await compareFrom(page, '/', [ml, data], [data, ml])
    await compareFrom(page, toolkitPath(seedPageRole.slug), [devops], [seedPageRole, devops])
    await compareFrom(page, pagePath, [data, ml], [seedPageRole, data, ml])
    // The alternatives page's fields, then Best for and the learn-more link.
    await expect(page.getByRole('columnheader')).toHaveText(['Role', 'Primary Focus', 'Key Responsibility', 'Common Tools', 'Best for', 'Learn more'])
  })

  test('one address per set: another order or a repeat redirects (308) to it', async ({ request }) => {
    const response = await request.get(`/compare/${ml.slug}-vs-${data.slug}-vs-${ml.slug}`, { maxRedirects: 0 })
    expect(response.status()).toBe(308)
    expect(new Set(locationsOf(response))).toEqual(new Set([`/compare/${data.slug}-vs-${ml.slug}`]))
    expect((await request.get(`/compare/${data.slug}-vs-${ml.slug}`, { maxRedirects: 0 })).status()).toBe(200)
  })

  test('fewer than 2 or more than 4 toolkits ask again; an unknown one is a 404 that says so', async ({ page }) => {
    await page.goto('/')
    await tick(page, data.name)
    await page.getByRole('button', { name: 'Compare side by side' }).click()
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Choose at least 2 toolkits to compare: you chose 1.')
    await expect(page.getByRole('checkbox', { name: data.name, exact: true })).toBeChecked()
    await tick(page, devops.name, ml.name, seedPageRole.name, roleBySlug('cloud-architect').name)
    await page.getByRole('button', { name: 'Compare side by side' }).click()
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Choose at most 4 toolkits to compare: you chose 5.')

    const response = await page.goto(`/compare/${data.slug}-vs-no-such-toolkit`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('These toolkits cannot be compared')
  })

  test('a comparison or a picker answer at a role’s old slug redirects (308) to its current address', async ({ request, browser }) => {
    const admin = await browser.newContext({ storageState: ADMIN_STORAGE_STATE })
    const stored = await findRole(admin.request, seedPageRole.slug)
    const renamed = `${seedPageRole.slug}-renamed`
    const [comparison, renamedComparison] = [seedPageRole.slug, renamed].map((slug) => `/compare/${[slug, data.slug].sort().join('-vs-')}`)
    // Cached before the change, as a shared link would have made it.
    expect((await request.get(comparison!, { maxRedirects: 0 })).status()).toBe(200)
    try {
      await publish(admin.request, 'roles', stored.id, { slug: renamed })
      const moved = await request.get(comparison!, { maxRedirects: 0 })
      expect(moved.status()).toBe(308)
      expect(new Set(locationsOf(moved))).toEqual(new Set([renamedComparison]))
      const answer = await request.get(pickPath(seedPageRole.slug, ['q1', 'q2']), { maxRedirects: 0 })
      expect(answer.status()).toBe(308)
      expect(new Set(locationsOf(answer))).toEqual(new Set([pickPath(renamed, ['q1', 'q2'])]))
      expect((await request.get(renamedComparison!)).status()).toBe(200)
    } finally {
      await publish(admin.request, 'roles', stored.id, { slug: seedPageRole.slug })
      // The rename back left redirects from the temporary slug's addresses.
      for (const { id } of await findRedirectsFrom(admin.request, [toolkitPath(renamed), alternativesPath(renamed)])) {
        await deleteDoc(admin.request, 'redirects', id)
      }
      await admin.close()
    }
  })

  test('an address that was a 404 shows a role published later with its slug, at the next request', async ({ request, browser }) => {
    const path = `/compare/${data.slug}-vs-later-role`
    // Twice: the second answer is the cached one.
    for (let visit = 0; visit < 2; visit++) expect((await request.get(path)).status()).toBe(404)
    const admin = await browser.newContext({ storageState: ADMIN_STORAGE_STATE })
    const later = await createRole(admin.request, { name: 'Later Role', slug: 'later-role', primaryFocus: 'Arriving late', keyResponsibility: 'Being compared' }, 'published')
    try {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expect(await response.text()).toContain('Arriving late')
    } finally {
      await deleteDoc(admin.request, 'roles', later.id)
      await admin.close()
    }
  })

  test('a cached comparison shows a publish at the next request', async ({ page, browser }) => {
    const path = `/compare/${data.slug}-vs-${ml.slug}`
    await page.goto(path)
    await expect(rows(page)).toHaveText([data.name, ml.name])
    const admin = await browser.newContext({ storageState: ADMIN_STORAGE_STATE })
    const stored = await findRole(admin.request, ml.slug)
    try {
      await publish(admin.request, 'roles', stored.id, { primaryFocus: 'Edited for the comparison test' })
      await page.goto(path)
      await expect(page.getByRole('cell', { name: 'Edited for the comparison test' })).toBeVisible()
    } finally {
      await publish(admin.request, 'roles', stored.id, { primaryFocus: ml.primaryFocus })
      await admin.close()
    }
  })
})
