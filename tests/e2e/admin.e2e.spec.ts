import { expect, type Locator, test } from '@playwright/test'

import { seedContent } from '../../seed/content'
import { openEditView, openTab } from './support/adminUi'
import { findRole, findTool } from './support/restApi'
import { roleBySlug, seedPage, seedRankedSlugs } from './support/seedExpectations'

test.describe('admin panel on the seeded site', () => {
  test('lists the 6 decision questions', async ({ page }) => {
    await page.goto('/admin/collections/decision-questions')
    for (const { question } of seedContent.decisionQuestions) {
      await expect(page.getByRole('link', { name: question, exact: true })).toBeVisible()
    }
  })

  test('a tool’s edit view lists the public pages that show it; a javascript: URL shows the field’s error and saves nothing', async ({
    page,
    request,
  }) => {
    await openEditView(page, 'tools', (await findTool(page.request, 'docker')).id)
    const publicPages = page.getByRole('region', { name: 'Public pages' })
    for (const path of ['/toolkits/devops-engineer', '/toolkits/backend-architect/alternatives']) {
      await expect(publicPages.getByRole('link', { name: path, exact: true })).toHaveAttribute('href', path)
    }
    const urlInput = page.locator('#field-url')
    await expect(urlInput).toHaveValue('https://www.docker.com')
    // Nothing to publish: the button is disabled and looks it; an edit makes it the page's primary action.
    const publish = page.getByRole('button', { name: 'Publish changes' })
    await expect(publish).toBeDisabled()
    const background = () => publish.evaluate((button) => getComputedStyle(button).backgroundColor)
    const idleBackground = await background()

    await urlInput.fill('javascript:alert(document.cookie)')
    await expect(publish).toBeEnabled()
    expect(await background()).not.toBe(idleBackground)
    await publish.click()

    await expect(page.locator('.field-type.text').filter({ has: urlInput })).toContainText(
      'Only http:// and https:// addresses are allowed',
    )
    const stored = await request.get('/api/tools?where[slug][equals]=docker&depth=0')
    const { docs } = (await stored.json()) as { docs: { url: string }[] }
    expect(docs[0]?.url).toBe('https://www.docker.com')
  })

  test('the dashboard says where the site is and how the ranking works', async ({ page, baseURL }) => {
    await page.goto('/admin')
    const intro = page.getByRole('region', { name: 'Welcome' })
    await expect(intro.getByRole('link', { name: new URL(baseURL!).host })).toHaveAttribute('href', baseURL!)
    await expect(intro).toContainText('Publish changes puts it live')
    await expect(intro).toContainText('drag a row to move it, then publish')
    // The welcome lines up with Payload's collection cards below it.
    const leftEdge = (heading: Locator) => heading.evaluate((element) => element.getBoundingClientRect().left)
    expect(await leftEdge(intro.getByRole('heading', { name: 'Welcome' }))).toBeCloseTo(
      await leftEdge(page.getByRole('heading', { name: 'Collections' })),
      0,
    )

    // At this width Payload starts with its navigation folded away.
    await page.getByRole('button', { name: 'Open Menu' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'Recent publishes' }).click()
    await expect(page.getByRole('heading', { name: 'Recent publishes', level: 1 })).toBeVisible()
  })

  test('the roles list shows name, tagline, status and last update, and searches by name', async ({ page }) => {
    await page.goto('/admin/collections/roles')
    await expect(page.locator('thead th')).toContainText(['Name', 'Tagline', 'Status', 'Updated'])
    const cloud = roleBySlug('cloud-architect')
    await expect(page.getByRole('row').filter({ hasText: cloud.name })).toContainText(cloud.tagline!)

    await page.getByPlaceholder(/Search by/).fill('cloud')
    await expect(page.locator('tbody tr')).toHaveCount(1)
    await expect(page.locator('tbody tr')).toContainText(cloud.name)
  })

  test('each ranked alternative is labelled with its rank and role, and fields say what they do', async ({ page }) => {
    const stored = await findRole(page.request, seedPage.role)
    await openEditView(page, 'roles', stored.id)
    await openTab(page, 'Toolkit page')
    const tagline = page.locator('.field-type.text').filter({ has: page.locator('#field-tagline') })
    await expect(tagline.locator('.field-description')).toContainText('One line after the role’s name in the ranking')

    await openTab(page, 'Alternatives page')
    // The introduction's rich text is set in the admin's own typeface, not a serif of its own.
    const fontOf = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).fontFamily)
    expect(await fontOf('.rich-text-lexical .editor-container')).toBe(await fontOf('body'))
    for (const [index, slug] of seedRankedSlugs.entries()) {
      const label = `${index + 1}. ${roleBySlug(slug).name}`
      await expect(page.locator(`#alternatives-row-${index}`).getByText(label, { exact: true })).toBeVisible()
    }

    // "Best for" rows read as their own words, not "Best-for item 01".
    const devops = roleBySlug('devops-engineer')
    await openEditView(page, 'roles', (await findRole(page.request, devops.slug)).id)
    await openTab(page, 'Toolkit page')
    for (const [index, text] of devops.bestFor.entries()) {
      const label = text.length > 70 ? `${text.slice(0, 69)}…` : text
      await expect(page.locator(`#bestFor-row-${index}`).getByText(label, { exact: true })).toBeVisible()
    }
  })
})
