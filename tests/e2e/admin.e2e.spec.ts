import { expect, test } from '@playwright/test'

import { seedContent } from '../../seed/content'

test.describe('admin panel on the seeded site', () => {
  test('lists the 7 seeded roles', async ({ page }) => {
    await page.goto('/admin/collections/roles')
    for (const role of seedContent.roles) {
      await expect(page.getByRole('link', { name: role.name, exact: true })).toBeVisible()
    }
    await expect(page.getByText(`1-${seedContent.roles.length} of ${seedContent.roles.length}`)).toBeVisible()
  })

  test('lists every seeded tool', async ({ page }) => {
    await page.goto('/admin/collections/tools?limit=50')
    for (const tool of seedContent.tools) {
      await expect(page.getByRole('link', { name: tool.name, exact: true })).toBeVisible()
    }
  })

  test('lists the 6 decision questions', async ({ page }) => {
    await page.goto('/admin/collections/decision-questions')
    for (const { question } of seedContent.decisionQuestions) {
      await expect(page.getByRole('link', { name: question, exact: true })).toBeVisible()
    }
  })

  test('a javascript: URL on a tool shows the field’s error and saves nothing', async ({ page, request }) => {
    await page.goto('/admin/collections/tools')
    await page.getByRole('link', { name: 'Docker', exact: true }).click()
    const urlInput = page.locator('#field-url')
    await expect(urlInput).toHaveValue('https://www.docker.com')

    await urlInput.fill('javascript:alert(document.cookie)')
    await page.getByRole('button', { name: 'Publish changes' }).click()

    await expect(page.locator('.field-type.text').filter({ has: urlInput })).toContainText(
      'Only http:// and https:// addresses are allowed',
    )
    const stored = await request.get('/api/tools?where[slug][equals]=docker&depth=0')
    const { docs } = (await stored.json()) as { docs: { url: string }[] }
    expect(docs[0]?.url).toBe('https://www.docker.com')
  })
})
