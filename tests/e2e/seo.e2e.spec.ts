import type { APIRequestContext, Page } from '@playwright/test'

import { findRole, publish, type RoleDoc } from './support/restApi'
import { alternativesPath, roleBySlug, seedPage, seedRankedSlugs, toolkitNameOf, toolkitPath } from './support/seedExpectations'
import { expect, test } from './support/visitor'

/**
 * What search engines and link previews read, on the production build: the head's tags, the JSON-LD,
 * the preview images and the sitemap, read as an anonymous visitor; content is changed through the
 * REST API as the admin and put back after each test.
 */

const SITE_NAME = 'Engineering Toolkits'
const TOP_RANKED = seedRankedSlugs[0]!
const ROLE_PAGES = [toolkitPath(seedPage.role), alternativesPath(seedPage.role), toolkitPath(TOP_RANKED)]

/** An address on the server under test, normalised as the URL standard writes it ("http://host/" for the home page). */
const absolute = (path: string) => new URL(path, test.info().project.use.baseURL).href
const normalised = (url: string | null) => url && new URL(url).href
/** A page's preview image: beside it, versioned by what it shows (?v=). */
const previewImagePathOf = (path: string) => `${path}/og-image.png`
const previewImageAddress = (path: string) => new RegExp(`^${absolute(previewImagePathOf(path)).replace(/[.?]/g, '\\$&')}\\?v=[\\w-]+$`)
const HEAD_META = ['description', 'robots', 'og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image'] as const

/** The head's title, canonical address and the meta tags above (null where absent). */
async function headOf(page: Page) {
  const [title, canonical, metas] = await page.evaluate((keys) => {
    const content = (key: string) => document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null
    const link = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null
    return [document.title, link, Object.fromEntries(keys.map((key) => [key, content(key)]))] as const
  }, HEAD_META)
  return { title, canonical, ...(metas as Record<(typeof HEAD_META)[number], string | null>) }
}

/** The preview image's bytes, after checking it is a 1200×630 PNG. */
async function previewImage(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const bytes = await response.body()
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  // The IHDR chunk: width and height, big-endian, after the signature and the chunk's header.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
  // Text drawn on it, not a blank card.
  expect(bytes.length).toBeGreaterThan(10_000)
  return bytes
}

interface JsonLdNode {
  '@type': string
  [property: string]: unknown
}

/** The page's one JSON-LD block, checked against the schema.org shapes it uses, as a list of nodes. */
async function structuredDataOf(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(blocks).toHaveLength(1)
  const data = JSON.parse(blocks[0]!) as { '@context'?: unknown; '@graph'?: JsonLdNode[] }
  expect(data['@context']).toBe('https://schema.org')
  expect(Array.isArray(data['@graph'])).toBe(true)
  for (const node of data['@graph']!) {
    expect(['BreadcrumbList', 'ItemList']).toContain(node['@type'])
    const items = node.itemListElement as Record<string, unknown>[]
    expect(items.length).toBeGreaterThan(0)
    items.forEach((item, index) => {
      expect(item['@type']).toBe('ListItem')
      expect(item.position).toBe(index + 1)
      expect(typeof item.name === 'string' && item.name.length > 0).toBe(true)
      // BreadcrumbList names each step's page with `item`; an ItemList of pages with `url`.
      const url = String(node['@type'] === 'BreadcrumbList' ? item.item : item.url)
      expect(new URL(url).origin).toBe(new URL(absolute('/')).origin)
    })
  }
  return data['@graph']!
}

const byType = (nodes: JsonLdNode[], type: string) => nodes.find((node) => node['@type'] === type)
const listOf = (node: JsonLdNode | undefined) => (node?.itemListElement ?? []) as Record<string, unknown>[]

test.describe('search engines and link previews', () => {
  test('every role page names itself, its canonical address, its preview image and its place (JSON-LD), as the head and the Twitter card', async ({
    visitor,
  }) => {
    const structuredData = new Map<string, JsonLdNode[]>()
    for (const path of ROLE_PAGES) {
      await visitor.goto(path)
      const head = await headOf(visitor)
      const heading = (await visitor.getByRole('heading', { level: 1 }).textContent())!
      expect(head.title, path).toBe(`${heading} · ${SITE_NAME}`)
      expect(head['og:title']).toBe(heading)
      expect(head.description?.length).toBeGreaterThan(20)
      expect(head['og:description']).toBe(head.description)
      expect(normalised(head.canonical)).toBe(absolute(path))
      expect(head['og:url']).toBe(head.canonical)
      expect(head['og:image']).toMatch(previewImageAddress(path))
      expect(head['twitter:card']).toBe('summary_large_image')
      expect(head['twitter:image']).toBe(head['og:image'])
      await previewImage(visitor.request, head['og:image']!)
      structuredData.set(path, await structuredDataOf(visitor))
    }

    // The alternatives page marks up its place and its ranking, in the order shown.
    const alternatives = alternativesPath(seedPage.role)
    const nodes = structuredData.get(alternatives)!
    expect(listOf(byType(nodes, 'BreadcrumbList')).map((item) => item.item)).toEqual([
      absolute('/'),
      absolute(toolkitPath(seedPage.role)),
      absolute(alternatives),
    ])
    const ranking = listOf(byType(nodes, 'ItemList'))
    expect(ranking.map((item) => item.url)).toEqual(seedRankedSlugs.map((slug) => absolute(toolkitPath(slug))))
    expect(ranking.map((item) => item.name)).toEqual(seedRankedSlugs.map((slug) => toolkitNameOf(roleBySlug(slug))))
    // A toolkit page, only its place.
    const toolkitNodes = structuredData.get(toolkitPath(TOP_RANKED))!
    expect(toolkitNodes.map((node) => node['@type'])).toEqual(['BreadcrumbList'])
    expect(listOf(toolkitNodes[0]).map((item) => item.name)).toEqual(['Home', toolkitNameOf(roleBySlug(TOP_RANKED))])
  })

  test('the home page has its canonical address; a missing page has none and is not indexed', async ({ visitor }) => {
    await visitor.goto('/')
    const head = await headOf(visitor)
    expect(head.title).toBe('Engineering toolkits and their alternatives')
    expect(normalised(head.canonical)).toBe(absolute('/'))
    expect(head['og:url']).toBe(head.canonical)
    expect(head['og:image']).toBeNull()
    expect(head['twitter:card']).toBe('summary')

    expect((await visitor.goto('/toolkits/no-such-role'))?.status()).toBe(404)
    const missing = await headOf(visitor)
    expect(missing.canonical).toBeNull()
    expect(missing.robots).toMatch(/noindex/)
  })

  test('the compare and picker pages carry their canonical address, Open Graph tags and a small card', async ({ visitor }) => {
    const pick = `${alternativesPath(seedPage.role)}/pick`
    const comparison = `/compare/${[seedPage.role, TOP_RANKED].sort().join('-vs-')}`
    for (const path of ['/compare', comparison, pick]) {
      await visitor.goto(path)
      const head = await headOf(visitor)
      expect(normalised(head.canonical), path).toBe(absolute(path))
      expect(head['og:url']).toBe(head.canonical)
      expect(head.title).toBe(`${head['og:title']} · ${SITE_NAME}`)
      expect(head['og:description']).toBe(head.description)
      expect(head['twitter:card']).toBe('summary')
    }
  })

  // Too long a title or description is refused naming the field: tests/int/validation.int.spec.ts.
  test('an editor’s title and description replace the defaults on that page only', async ({
    visitor,
    request,
  }) => {
    const role = await findRole(request, seedPage.role)
    await visitor.goto(toolkitPath(seedPage.role))
    const toolkitTitleBefore = await visitor.title()
    try {
      await publish<RoleDoc>(request, 'roles', role.id, {
        alternativesMeta: { title: 'Backend roles compared', description: 'Six roles next to the Backend Architect, ranked.' },
      })
      await visitor.goto(alternativesPath(seedPage.role))
      const head = await headOf(visitor)
      expect(head.title).toBe(`Backend roles compared · ${SITE_NAME}`)
      expect(head['og:title']).toBe('Backend roles compared')
      expect([head.description, head['og:description']]).toEqual(['Six roles next to the Backend Architect, ranked.', 'Six roles next to the Backend Architect, ranked.'])
      await visitor.goto(toolkitPath(seedPage.role))
      expect(await visitor.title()).toBe(toolkitTitleBefore)
    } finally {
      await publish(request, 'roles', role.id, { alternativesMeta: { title: null, description: null } })
    }
  })

  // The sitemap's dates after a publish: tests/int/sitemap.int.spec.ts.
  test('a publish redraws the preview images that show it, at a new address', async ({ visitor, request }) => {
    const ranked = await findRole(request, TOP_RANKED)
    // Its toolkit page's image shows its tagline; the page ranking it names it among the top three.
    const pages = [toolkitPath(TOP_RANKED), alternativesPath(seedPage.role)]
    const imageOf = async (path: string) => (await visitor.goto(path), (await headOf(visitor))['og:image']!)
    const before: { url: string; bytes: Buffer }[] = []
    for (const path of pages) before.push({ url: await imageOf(path), bytes: await previewImage(visitor.request, previewImagePathOf(path)) })
    try {
      await publish<RoleDoc>(request, 'roles', ranked.id, {
        name: `${ranked.name} (renamed)`,
        tagline: 'A tagline for this test',
      })
      for (const [index, path] of pages.entries()) {
        // A link preview keeps an image by its address: the page names a new one.
        const url = await imageOf(path)
        expect(url, path).not.toBe(before[index]!.url)
        expect((await previewImage(visitor.request, url)).equals(before[index]!.bytes), url).toBe(false)
        // The address without the version (an old link preview's, or the proxy's key) is redrawn too.
        expect((await previewImage(visitor.request, previewImagePathOf(path))).equals(before[index]!.bytes), path).toBe(false)
      }
    } finally {
      await publish(request, 'roles', ranked.id, { name: ranked.name, tagline: ranked.tagline })
    }
  })
})
