import { gzipSync } from 'node:zlib'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { alternativesPath, seedPage } from './support/seedExpectations'
import { ANONYMOUS } from './support/visitor'

/**
 * What the seed alternatives page weighs, as the server sends it. Next sends a page twice, as HTML
 * and again as the server-components payload inlined for hydration, so anything a component adds or
 * a client component receives shows here. Sizes in bytes, gzip at the level Next's compression uses.
 */

// The page as it is now (README, "Page weight"), with a little room for content edits by other
// specs: a change that sends something twice, or a long class list per element, goes past it.
const SEED_PAGE_BUDGET_BYTES = { html: 64_000, gzip: 12_400 }
const GZIP_LEVEL = 6

test.use({ storageState: ANONYMOUS })

async function seedPageHtml(request: APIRequestContext): Promise<string> {
  const response = await request.get(alternativesPath(seedPage.role))
  expect(response.status()).toBe(200)
  return response.text()
}

test('the seed alternatives page stays within its weight budget, as HTML and gzipped', async ({ request }) => {
  const html = await seedPageHtml(request)
  expect(Buffer.byteLength(html), 'HTML bytes').toBeLessThanOrEqual(SEED_PAGE_BUDGET_BYTES.html)
  expect(gzipSync(html, { level: GZIP_LEVEL }).length, 'gzipped bytes').toBeLessThanOrEqual(SEED_PAGE_BUDGET_BYTES.gzip)
})

test('the picker’s questions are sent once as markup and once in the payload, not again as its props', async ({ request }) => {
  const html = await seedPageHtml(request)
  const ids = [...html.matchAll(/name="q" value="([^"]+)"/g)].map((match) => match[1]!)
  expect(ids.length, 'one checkbox per question').toBeGreaterThan(0)
  for (const id of ids) expect(html.split(id).length - 1, `question ${id}`).toBe(2)
})
