import { expect, test } from '@playwright/test'

import {
  bestForItems,
  comparisonRegion,
  comparisonRows,
  expectNotFoundPage,
  fact,
  questionItems,
  rankedItems,
} from './support/publicPages'
import {
  alternativesPageOf,
  alternativesPath,
  learnMoreOf,
  pagesRanking,
  questionsFor,
  rankedHeadingOf,
  roleBySlug,
  seedContent,
  seedPage,
  seedPageRole,
  seedRankedSlugs,
  toolkitNameOf,
  toolkitPath,
  toolsOf,
} from './support/seedExpectations'
import { ANONYMOUS } from './support/visitor'

// Visitors: the public pages must not need the admin's session.
test.use({ storageState: ANONYMOUS })

test.describe(`the seed's alternatives page (${alternativesPath(seedPage.role)})`, { tag: '@mongodb' }, () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(alternativesPath(seedPage.role))
    expect(response?.status()).toBe(200)
  })

  test('shows the heading and the intro paragraphs, in order', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedPage.heading)
    const paragraphs = (await page.getByRole('main').locator('p').allTextContents()).map((text) => text.trim())
    const first = paragraphs.indexOf(seedPage.intro[0]!)
    expect(first, 'the first intro paragraph is on the page').toBeGreaterThanOrEqual(0)
    expect(paragraphs.slice(first, first + seedPage.intro.length)).toEqual(seedPage.intro)
    // The intro comes before the ranking.
    const firstPitch = paragraphs.indexOf(seedPage.alternatives[0]!.pitch)
    expect(first).toBeLessThan(firstPitch)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Top alternatives ranked', 'Side-by-side', 'Compare 2 to 4 toolkits', 'How to pick'])
  })

  test('ranks every alternative in order with its heading, pitch, best-for items and both links', async ({ page }) => {
    const items = rankedItems(page)
    await expect(items).toHaveCount(seedPage.alternatives.length)
    for (const [index, alternative] of seedPage.alternatives.entries()) {
      const role = roleBySlug(alternative.role)
      const item = items.nth(index)
      await test.step(`#${index + 1} ${role.name}`, async () => {
        await expect(item.getByRole('heading', { level: 3 })).toHaveText(rankedHeadingOf(role))
        await expect(item.getByText(alternative.pitch, { exact: true })).toBeVisible()
        await expect(bestForItems(item, 4)).toHaveText(role.bestFor)

        const learnMore = learnMoreOf(role)
        const links = item.getByRole('link')
        const expected = [`Explore the ${toolkitNameOf(role)}`, ...(learnMore ? [learnMore.label] : [])]
        await expect(links).toHaveText(expected)
        await expect(links.nth(0)).toHaveAttribute('href', toolkitPath(role.slug))
        if (learnMore) await expect(links.nth(1)).toHaveAttribute('href', learnMore.url)
      })
    }
  })

  test('compares every role in the side-by-side table, cell by cell', async ({ page }) => {
    const region = comparisonRegion(page, seedPageRole.name)
    await expect(region).toBeVisible()
    await expect(region.locator('caption')).toHaveCount(1)
    await expect(region.locator('caption')).toContainText(seedPageRole.name)

    const headers = region.locator('thead th')
    await expect(headers).toHaveText([
      'Role',
      'Primary Focus',
      'Key Responsibility',
      'Common Tools',
      `Adjacent to ${seedPageRole.name}?`,
    ])
    for (const header of await headers.all()) await expect(header).toHaveAttribute('scope', 'col')

    const expectedRows = [
      { role: seedPageRole, adjacency: seedPage.tableSelfLabel, isPageRole: true },
      ...seedPage.alternatives.map((alternative) => ({
        role: roleBySlug(alternative.role),
        adjacency: alternative.adjacency,
        isPageRole: false,
      })),
    ]
    const rows = comparisonRows(page, seedPageRole.name)
    await expect(rows).toHaveCount(expectedRows.length)
    for (const [index, { role, adjacency, isPageRole }] of expectedRows.entries()) {
      await test.step(`row ${index + 1}: ${role.name}`, async () => {
        const row = rows.nth(index)
        const rowHeader = row.locator('th')
        await expect(rowHeader).toHaveCount(1)
        await expect(rowHeader).toHaveText(role.name)
        await expect(rowHeader).toHaveAttribute('scope', 'row')
        // Other roles link to their toolkit page; the page's own role does not link to itself.
        if (isPageRole) await expect(rowHeader.getByRole('link')).toHaveCount(0)
        else await expect(rowHeader.getByRole('link', { name: role.name, exact: true })).toHaveAttribute('href', toolkitPath(role.slug))

        const tools = toolsOf(role)
        const cells = row.locator('td')
        await expect(cells).toHaveText([
          role.primaryFocus,
          role.keyResponsibility,
          tools.map((tool) => tool.name).join(', '),
          adjacency,
        ])
        const toolLinks = cells.nth(2).getByRole('link')
        await expect(toolLinks).toHaveText(tools.map((tool) => tool.name))
        for (const [toolIndex, tool] of tools.entries()) await expect(toolLinks.nth(toolIndex)).toHaveAttribute('href', tool.url)
      })
    }
  })

  test('asks every decision question in order, with its guidance and a link to the toolkit it recommends', async ({ page }) => {
    const howToPick = page.getByRole('region', { name: 'How to pick', exact: true })
    await expect(howToPick.getByText(seedPage.howToPickIntro, { exact: true })).toBeVisible()

    const questions = questionsFor(seedPage.role, seedRankedSlugs)
    expect(questions.length, 'the seed has questions for this page').toBeGreaterThan(0)
    const items = questionItems(page)
    await expect(items.locator('h3')).toHaveText(questions.map(({ question }) => question))
    for (const [index, question] of questions.entries()) {
      const item = items.nth(index)
      const recommended = roleBySlug(question.recommends)
      await expect(item.getByText(question.guidance, { exact: true })).toBeVisible()
      const link = item.getByRole('link')
      await expect(link).toHaveText(`Explore the ${toolkitNameOf(recommended)}`)
      await expect(link).toHaveAttribute('href', toolkitPath(recommended.slug))
    }
  })

  test('links back to its own toolkit page', async ({ page }) => {
    const back = page.getByRole('main').getByRole('link', { name: toolkitNameOf(seedPageRole), exact: true })
    await expect(back).toHaveAttribute('href', toolkitPath(seedPageRole.slug))
  })
})

test.describe('toolkit pages', () => {
  for (const role of seedContent.roles) {
    test(`${toolkitPath(role.slug)} shows the ${role.name} toolkit`, async ({ page }) => {
      const response = await page.goto(toolkitPath(role.slug))
      expect(response?.status()).toBe(200)
      const main = page.getByRole('main')

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(toolkitNameOf(role))
      if (role.tagline) await expect(main.getByText(role.tagline, { exact: true })).toBeVisible()
      if (role.summary) await expect(main.getByText(role.summary, { exact: true })).toBeVisible()

      await expect(fact(page, 'Primary Focus')).toHaveText(role.primaryFocus)
      await expect(fact(page, 'Key Responsibility')).toHaveText(role.keyResponsibility)
      const tools = toolsOf(role)
      const toolLinks = fact(page, 'Common Tools').getByRole('link')
      await expect(toolLinks).toHaveText(tools.map((tool) => tool.name))
      for (const [index, tool] of tools.entries()) await expect(toolLinks.nth(index)).toHaveAttribute('href', tool.url)

      if (role.bestFor.length > 0) await expect(bestForItems(page, 2)).toHaveText(role.bestFor)
      else await expect(main.getByRole('heading', { name: 'Best for' })).toHaveCount(0)

      const learnMore = learnMoreOf(role)
      if (learnMore) await expect(main.getByRole('link', { name: learnMore.label, exact: true })).toHaveAttribute('href', learnMore.url)

      // Its own alternatives page, when it ranks alternatives.
      const ownAlternatives = main.getByRole('link', { name: `Alternatives to the ${toolkitNameOf(role)}`, exact: true })
      if (alternativesPageOf(role.slug)) await expect(ownAlternatives).toHaveAttribute('href', alternativesPath(role.slug))
      else await expect(ownAlternatives).toHaveCount(0)

      // The pages that rank it as an alternative.
      const rankers = pagesRanking(role.slug).map((page) => roleBySlug(page.role))
      const rankedBy = page.getByRole('region', { name: `Where ${role.name} is an alternative`, exact: true })
      if (rankers.length === 0) {
        await expect(rankedBy).toHaveCount(0)
      } else {
        const links = rankedBy.getByRole('link')
        await expect(links).toHaveText(rankers.map((ranker) => `Alternatives to the ${toolkitNameOf(ranker)}`))
        for (const [index, ranker] of rankers.entries()) await expect(links.nth(index)).toHaveAttribute('href', alternativesPath(ranker.slug))
      }
    })
  }
})

test.describe('home page', () => {
  test('lists every published role with a link to its toolkit page, and the alternatives pages', { tag: '@mongodb' }, async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    const cards = page.getByRole('main').getByRole('listitem')
    await expect(cards).toHaveCount(seedContent.roles.length)
    for (const role of seedContent.roles) {
      const card = cards.filter({ has: page.getByRole('heading', { name: toolkitNameOf(role), exact: true }) })
      await expect(card).toHaveCount(1)
      await expect(card.getByRole('link', { name: toolkitNameOf(role), exact: true })).toHaveAttribute('href', toolkitPath(role.slug))
      if (role.tagline) await expect(card.getByText(role.tagline, { exact: true })).toBeVisible()
      const alternatives = card.getByRole('link', { name: `Alternatives to the ${toolkitNameOf(role)}`, exact: true })
      if (alternativesPageOf(role.slug)) await expect(alternatives).toHaveAttribute('href', alternativesPath(role.slug))
      else await expect(alternatives).toHaveCount(0)
    }
  })

  test('its links open the toolkit and alternatives pages', async ({ page }) => {
    for (const role of seedContent.roles) {
      await page.goto('/')
      await page.getByRole('main').getByRole('link', { name: toolkitNameOf(role), exact: true }).click()
      await expect(page).toHaveURL(toolkitPath(role.slug))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(toolkitNameOf(role))
    }
    for (const alternativesPage of seedContent.alternativesPages) {
      const role = roleBySlug(alternativesPage.role)
      await page.goto('/')
      await page.getByRole('main').getByRole('link', { name: `Alternatives to the ${toolkitNameOf(role)}`, exact: true }).click()
      await expect(page).toHaveURL(alternativesPath(role.slug))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(alternativesPage.heading)
    }
  })
})

test.describe('not found', () => {
  const roleWithoutAlternatives = seedContent.roles.find((role) => !alternativesPageOf(role.slug))!
  const cases = [
    { what: 'an unknown toolkit', path: toolkitPath('no-such-toolkit') },
    { what: 'the alternatives page of an unknown toolkit', path: alternativesPath('no-such-toolkit') },
    { what: `the alternatives page of a role without alternatives (${roleWithoutAlternatives.slug})`, path: alternativesPath(roleWithoutAlternatives.slug) },
    { what: 'an unknown top-level URL', path: '/no-such-page' },
  ]
  for (const { what, path } of cases) {
    test(`${what} answers 404 with a way home (${path})`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expectNotFoundPage(page)
      await page.getByRole('main').getByRole('link', { name: 'See all toolkits' }).click()
      await expect(page).toHaveURL('/')
      await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(seedContent.roles.length)
    })
  }
})

test.describe('client hints', () => {
  const publicPaths = ['/', toolkitPath(seedPageRole.slug), alternativesPath(seedPageRole.slug), toolkitPath('no-such-toolkit')]
  for (const path of publicPaths) {
    test(`${path} sends no Critical-CH or Accept-CH header`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response).not.toBeNull()
      const headers = await response!.allHeaders()
      expect(headers['critical-ch']).toBeUndefined()
      expect(headers['accept-ch']).toBeUndefined()
    })
  }

  test('the admin still asks for the color-scheme hint', async ({ request }) => {
    // Anonymous: /admin sends the visitor on to the login screen, which is under /admin too.
    const response = await request.get('/admin')
    expect(new URL(response.url()).pathname).toMatch(/^\/admin/)
    const headers = response.headers()
    expect(headers['critical-ch']).toContain('Sec-CH-Prefers-Color-Scheme')
    expect(headers['accept-ch']).toContain('Sec-CH-Prefers-Color-Scheme')
  })
})
