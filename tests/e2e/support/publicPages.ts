import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test'

import { rankedHeadingOf, roleBySlug } from './seedExpectations'

/** A public page: in its own tab, or in the admin's live preview frame. */
type PublicPage = Page | FrameLocator

/** The ranked alternatives, one <li> each (the nested "Best for" lists are <ul>s). */
export function rankedItems(page: PublicPage): Locator {
  return page.getByRole('region', { name: 'Top alternatives ranked', exact: true }).locator('ol > li')
}

/** The labelled, focusable scroll region around the comparison table (named by the caption). */
export function comparisonRegion(page: PublicPage, pageRoleName: string): Locator {
  return page.getByRole('region', { name: `${pageRoleName} compared with its alternatives` })
}

export function comparisonRows(page: PublicPage, pageRoleName: string): Locator {
  return comparisonRegion(page, pageRoleName).locator('tbody > tr')
}

export function questionItems(page: Page): Locator {
  return page.getByRole('region', { name: 'How to pick', exact: true }).locator('ol > li')
}

/** The list after an exact "Best for" heading of the given level. */
export function bestForItems(scope: Page | Locator, level: 2 | 4): Locator {
  return scope
    .locator(`h${level}`)
    .filter({ hasText: /^Best for$/ })
    .locator('xpath=following-sibling::ul[1]/li')
}

/** A term/detail pair of the toolkit page's facts (<dl>). */
export function fact(page: Page, term: string): Locator {
  return page
    .getByRole('main')
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) })
    .locator('dd')
}

/** Asserts the alternatives page ranks these roles in this order, in the list and in the table. */
export async function expectRanking(
  page: PublicPage,
  pageRoleName: string,
  rankedSlugs: string[],
  taglines: Record<string, string> = {},
): Promise<void> {
  const roles = rankedSlugs.map(roleBySlug)
  await expect(rankedItems(page).locator('h3')).toHaveText(
    roles.map((role) => rankedHeadingOf(role, taglines[role.slug] ?? role.tagline)),
  )
  await expect(comparisonRows(page, pageRoleName).locator('th')).toHaveText([pageRoleName, ...roles.map((role) => role.name)])
}

export async function expectNotFoundPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible()
  const home = page.getByRole('main').getByRole('link', { name: 'See all toolkits' })
  await expect(home).toBeVisible()
  await expect(home).toHaveAttribute('href', '/')
}
