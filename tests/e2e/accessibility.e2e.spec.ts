import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { comparisonRegion } from './support/publicPages'
import { alternativesPath, seedPageRole, toolkitPath } from './support/seedExpectations'
import { ANONYMOUS, expect, test } from './support/visitor'

// Visitors, not the admin.
test.use({ storageState: ANONYMOUS })

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const pages = [
  { name: 'home', path: '/', status: 200 },
  { name: 'toolkit page', path: toolkitPath(seedPageRole.slug), status: 200 },
  { name: 'alternatives page', path: alternativesPath(seedPageRole.slug), status: 200 },
  { name: 'picker result', path: `${alternativesPath(seedPageRole.slug)}/pick?q=none`, status: 200 },
  { name: 'comparison', path: '/compare/backend-architect-vs-data-engineer', status: 200 },
  { name: '404 for an unknown toolkit', path: toolkitPath('no-such-toolkit'), status: 404 },
  { name: '404 for an unknown URL', path: '/no-such-page', status: 404 },
]

const viewports = [
  { width: 360, height: 800 },
  { width: 1280, height: 800 },
]

async function open(page: Page, path: string, status: number) {
  const response = await page.goto(path)
  expect(response?.status()).toBe(status)
}

/** axe's WCAG 2.1 A/AA violations on the page as it is now, one line per failing element. */
async function wcagViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return violations.map(({ id, impact, help, nodes }) => ({
    id,
    impact,
    help,
    targets: nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  }))
}

// Each page once per width, scanned in both themes: the dark theme is a media query, so switching
// the emulated scheme restyles the loaded page.
for (const viewport of viewports) {
  test.describe(`axe, ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport })
    for (const { name, path, status } of pages) {
      test(`${name} (${path}) has no WCAG 2.1 A/AA violations, light or dark`, async ({ page }) => {
        await open(page, path, status)
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme })
          expect.soft(await wcagViolations(page), `${colorScheme} theme`).toEqual([])
        }
      })
    }
  })
}

test.describe('keyboard', () => {
  for (const { name, path, status } of pages) {
    test(`the first Tab on the ${name} (${path}) reaches "Skip to content", which moves to the main content`, async ({ page }) => {
      await open(page, path, status)
      // A keyboard user starts once the page shows (a 404's content may be rendered in the browser).
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'Skip to content' })
      await expect(skip).toBeFocused()
      await expect(skip).toBeVisible()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(/#main$/)
      await expect(page.locator('main#main')).toHaveCount(1)
    })
  }

  test('the comparison table’s scroll region is named and reachable with Tab', async ({ page }) => {
    await open(page, alternativesPath(seedPageRole.slug), 200)
    const region = comparisonRegion(page, seedPageRole.name)
    await expect(region).toHaveAttribute('tabindex', '0')
    await expect(region).toHaveAccessibleName(new RegExp(`^${seedPageRole.name} compared with its alternatives`))
    // Tab through the page until the region has focus (no more stops than the page has links).
    const stops = (await page.locator('a[href], [tabindex="0"]').count()) + 1
    let reached = false
    for (let index = 0; index < stops && !reached; index += 1) {
      await page.keyboard.press('Tab')
      reached = await region.evaluate((element) => element === document.activeElement)
    }
    expect(reached, 'Tab reaches the table region').toBe(true)
    await expect(region).toBeFocused()
  })
})

test.describe('small screens (360 px)', () => {
  test.use({ viewport: { width: 360, height: 800 } })

  for (const { name, path, status } of pages) {
    test(`the ${name} (${path}) does not scroll sideways`, async ({ page }) => {
      await open(page, path, status)
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(360)
    })
  }

  test('the comparison table scrolls inside its own region, also with the keyboard', async ({ page }) => {
    await open(page, alternativesPath(seedPageRole.slug), 200)
    const region = comparisonRegion(page, seedPageRole.name)
    const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }))
    expect(scrollWidth, 'the table is wider than the screen').toBeGreaterThan(clientWidth)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    await region.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
  })
})
