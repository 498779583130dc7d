import { describe, expect, it } from 'vitest'

import { previewImagePath, withPreviewImages } from '@/lib/paths'
import {
  alternativesPageMeta,
  alternativesPreviewCard,
  pageMetadata,
  type PreviewCardContent,
  previewImageUrl,
  shortened,
  toolkitPageMeta,
} from '@/lib/seo'
import { alternativesPageData, serializeJsonLd, toolkitPageData } from '@/lib/structuredData'
import type { RankedAlternative, RoleSummary } from '@/lib/views'

/** Unit tests run with the default NEXT_PUBLIC_SERVER_URL (lib/env.ts). */
const ORIGIN = 'http://localhost:3000'

const role = (slug: string, name: string): RoleSummary => ({ id: slug, slug, name, toolkitName: `${name} Toolkit` })
const ranked = (rank: number, slug: string, name: string): RankedAlternative => ({ rank, role: role(slug, name), pitch: 'A pitch.', bestFor: [] })
const CARD: PreviewCardContent = { kicker: 'Toolkit', title: 'X Toolkit', subtitle: 'About X', listLabel: 'Common tools', items: ['Docker'] }

describe('page titles and descriptions', () => {
  it('default to the toolkit name and its summary, else its tagline', () => {
    const toolkit = { toolkitName: 'DevOps Engineer Toolkit', tagline: 'Bridging development and operations' }
    expect(toolkitPageMeta({ ...toolkit, summary: 'Ships software.' })).toEqual({ title: 'DevOps Engineer Toolkit', description: 'Ships software.' })
    expect(toolkitPageMeta(toolkit)).toEqual({ title: 'DevOps Engineer Toolkit', description: 'Bridging development and operations' })
    expect(toolkitPageMeta({ toolkitName: 'Bare Toolkit' })).toEqual({ title: 'Bare Toolkit' })
  })

  it("use an editor's title and description where given, each on its own", () => {
    const toolkit = { toolkitName: 'DevOps Engineer Toolkit', summary: 'Ships software.' }
    expect(toolkitPageMeta(toolkit, { title: 'DevOps, explained', description: null })).toEqual({ title: 'DevOps, explained', description: 'Ships software.' })
    expect(toolkitPageMeta(toolkit, { title: '', description: 'Mine.' })).toEqual({ title: 'DevOps Engineer Toolkit', description: 'Mine.' })
  })

  it('describe an alternatives page by its ranking', () => {
    const page = { heading: 'Why look beyond X', toolkitName: 'X Toolkit', alternativeNames: ['DevOps Engineer', 'Data Engineer'] }
    expect(alternativesPageMeta(page)).toEqual({
      title: 'Why look beyond X',
      description: '2 alternatives to the X Toolkit, ranked and compared side by side: DevOps Engineer, Data Engineer.',
    })
    expect(alternativesPageMeta({ ...page, alternativeNames: ['DevOps Engineer'] }).description).toMatch(/^1 alternative to/)
    expect(alternativesPageMeta(page, { title: 'Beyond X', description: 'Mine.' })).toEqual({ title: 'Beyond X', description: 'Mine.' })
  })

  it('cut a long default at a whole word, within 160 characters', () => {
    const long = `${'word '.repeat(40)}end`
    const cut = shortened(long)
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut).toMatch(/ word…$/)
    expect(shortened('  short\n text ')).toBe('short text')
  })
})

describe('pageMetadata', () => {
  it('gives the canonical address, Open Graph and a large Twitter card with the preview image', () => {
    const metadata = pageMetadata({ path: '/toolkits/x', title: 'X Toolkit', description: 'About X.', previewCard: CARD })
    expect(metadata.alternates).toEqual({ canonical: '/toolkits/x' })
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: '/toolkits/x',
      title: 'X Toolkit',
      description: 'About X.',
      images: [{ url: expect.stringMatching(/^\/toolkits\/x\/og-image\.png\?v=[\w-]{10}$/), width: 1200, height: 630, alt: 'X Toolkit' }],
    })
    expect(metadata.twitter).toEqual({ card: 'summary_large_image' })
  })

  it('keeps an absolute title whole and makes a small card without an image', () => {
    const metadata = pageMetadata({ path: '/', title: { absolute: 'Home' } })
    expect(metadata.title).toEqual({ absolute: 'Home' })
    expect(metadata.openGraph).toMatchObject({ title: 'Home' })
    expect(metadata.openGraph).not.toHaveProperty('images')
    expect(metadata.twitter).toEqual({ card: 'summary' })
  })
})

describe('preview image addresses', () => {
  it('change with what the image shows, so link previews fetch the new picture, and stay while it does not', () => {
    const url = previewImageUrl('/toolkits/x', CARD)
    expect(previewImageUrl('/toolkits/x', { ...CARD })).toBe(url)
    expect(previewImageUrl('/toolkits/x', { ...CARD, subtitle: 'A new tagline' })).not.toBe(url)
    expect(previewImageUrl('/toolkits/x', { ...CARD, items: ['Docker', 'Terraform'] })).not.toBe(url)
  })

  it('show the top three of the ranking on an alternatives page, so a change below them keeps the address', () => {
    const page = (names: string[]) =>
      alternativesPreviewCard({ heading: 'Why look beyond X', role: role('x', 'X'), alternatives: names.map((name, index) => ranked(index + 1, name, name)) })
    expect(page(['A', 'B', 'C', 'D']).items).toEqual(['1. A', '2. B', '3. C'])
    expect(previewImageUrl('/p', page(['A', 'B', 'C', 'D']))).toBe(previewImageUrl('/p', page(['A', 'B', 'C', 'E'])))
    expect(previewImageUrl('/p', page(['A', 'B', 'C', 'D']))).not.toBe(previewImageUrl('/p', page(['B', 'A', 'C', 'D'])))
  })
})

describe('preview images', () => {
  it('are refreshed with the role pages they show, and only those', () => {
    expect(withPreviewImages(['/', '/sitemap.xml', '/toolkits/x', '/toolkits/x/alternatives', '/toolkits/x/alternatives/pick'])).toEqual([
      '/',
      '/sitemap.xml',
      '/toolkits/x',
      previewImagePath('/toolkits/x'),
      '/toolkits/x/alternatives',
      previewImagePath('/toolkits/x/alternatives'),
      '/toolkits/x/alternatives/pick',
    ])
  })
})

describe('structured data', () => {
  it('places a toolkit page under the home page', () => {
    expect(toolkitPageData(role('x', 'X'))).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
            { '@type': 'ListItem', position: 2, name: 'X Toolkit', item: `${ORIGIN}/toolkits/x` },
          ],
        },
      ],
    })
  })

  it('lists the ranking in rank order with each alternative’s toolkit page', () => {
    const data = alternativesPageData({
      role: role('x', 'X'),
      heading: 'Why look beyond X Toolkit',
      alternatives: [ranked(1, 'devops-engineer', 'DevOps Engineer'), ranked(2, 'data-engineer', 'Data Engineer')],
    })
    const [breadcrumbs, ranking] = data['@graph']
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' })
    expect((breadcrumbs?.itemListElement as unknown[]).at(-1)).toEqual({
      '@type': 'ListItem',
      position: 3,
      name: 'Why look beyond X Toolkit',
      item: `${ORIGIN}/toolkits/x/alternatives`,
    })
    expect(ranking).toEqual({
      '@type': 'ItemList',
      name: 'Why look beyond X Toolkit',
      itemListOrder: 'https://schema.org/ItemListOrderDescending',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'DevOps Engineer Toolkit', url: `${ORIGIN}/toolkits/devops-engineer` },
        { '@type': 'ListItem', position: 2, name: 'Data Engineer Toolkit', url: `${ORIGIN}/toolkits/data-engineer` },
      ],
    })
  })

  it('cannot close its script element, and parses back to the same data', () => {
    const data = toolkitPageData({ ...role('x', 'X'), toolkitName: '</script><script>alert(1)</script><!--' })
    const json = serializeJsonLd(data)
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(data)
  })
})
