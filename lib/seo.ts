import { createHash } from 'node:crypto'

import type { Metadata } from 'next'

import { env } from './env'
import { previewImagePath } from './paths'
import type { AlternativesPageView, PageMeta, ToolkitPageView } from './views'

/**
 * What search engines and link previews read from a public page: its title, description, canonical
 * address and Open Graph/Twitter tags, with the defaults drawn from the content when editors leave a
 * role's "Search engines" fields empty.
 */

/** After every page title (the layout's title template) and as the Open Graph site name. */
export const SITE_NAME = 'Engineering Toolkits'
export const SITE_TITLE = 'Engineering toolkits and their alternatives'
export const SITE_DESCRIPTION = 'Career toolkits for engineering roles, and how each compares with the roles next to it.'

/**
 * About what search engines show of a title and a description: an editor's override may be no
 * longer, and a default drawn from longer text is cut at a word.
 */
export const TITLE_MAX_CHARACTERS = 60
export const DESCRIPTION_MAX_CHARACTERS = 160

/** The size link previews expect (1.91:1); the preview image routes draw at this size. */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** An editor's override for one page, as stored on the role (empty fields fall back to the content). */
export interface MetaOverride {
  title?: string | null
  description?: string | null
}

/** An absolute address on this site (NEXT_PUBLIC_SERVER_URL), for structured data and the sitemap. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.serverUrl).toString()
}

/** Text cut to `maxCharacters` at the last whole word, with an ellipsis; shorter text unchanged. */
export function shortened(text: string, maxCharacters = DESCRIPTION_MAX_CHARACTERS): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= maxCharacters) return flat
  const cut = flat.slice(0, maxCharacters - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:—–-]+$/, '')}…`
}

function withOverride(override: MetaOverride | null | undefined, defaults: PageMeta): PageMeta {
  const description = override?.description || defaults.description
  return { title: override?.title || defaults.title, ...(description ? { description } : {}) }
}

/** The toolkit page: the toolkit's name, and its summary (or tagline) as the description. */
export function toolkitPageMeta(
  role: { toolkitName: string; tagline?: string; summary?: string | null },
  override?: MetaOverride | null,
): PageMeta {
  const about = role.summary || role.tagline
  return withOverride(override, { title: role.toolkitName, ...(about ? { description: shortened(about) } : {}) })
}

/** The alternatives page: its heading, and a description naming the alternatives in rank order. */
export function alternativesPageMeta(
  page: { heading: string; toolkitName: string; alternativeNames: readonly string[] },
  override?: MetaOverride | null,
): PageMeta {
  const count = page.alternativeNames.length
  const description = shortened(
    `${count} ${count === 1 ? 'alternative' : 'alternatives'} to the ${page.toolkitName}, ranked and compared side by side: ${page.alternativeNames.join(', ')}.`,
  )
  return withOverride(override, { title: page.heading, description })
}

/** What a page's link-preview image shows (components/seo/PreviewCard.tsx draws it). */
export interface PreviewCardContent {
  /** A short line above the title: what kind of page this is. */
  kicker: string
  title: string
  subtitle?: string
  listLabel?: string
  items: readonly string[]
}

/** The top of the ranking an alternatives page's image names. */
const SHOWN_ALTERNATIVES = 3

/** A toolkit page's image: the toolkit's name, tagline and Common Tools. */
export function toolkitPreviewCard({ role, tools }: Pick<ToolkitPageView, 'role' | 'tools'>): PreviewCardContent {
  return { kicker: 'Toolkit', title: role.toolkitName, subtitle: role.tagline, listLabel: 'Common tools', items: tools.map((tool) => tool.name) }
}

/** An alternatives page's image: its heading, the role's tagline and the top of the ranking. */
export function alternativesPreviewCard({ heading, role, alternatives }: Pick<AlternativesPageView, 'heading' | 'role' | 'alternatives'>): PreviewCardContent {
  return {
    kicker: 'Alternatives',
    title: heading,
    subtitle: role.tagline,
    listLabel: 'Top alternatives',
    items: alternatives.slice(0, SHOWN_ALTERNATIVES).map(({ rank, role: ranked }) => `${rank}. ${ranked.name}`),
  }
}

/**
 * A page's preview image address, versioned by what the image shows (`?v=`, a hash of the card). Link
 * previews (chat apps, social networks) keep an image by its address for days, beyond any purge of
 * ours, so a publish that changes the picture gives it a new address; one that does not keeps it.
 * The image route ignores the query string, and so does the caching proxy's key, which a publish
 * purges by path.
 */
export function previewImageUrl(pagePath: string, card: PreviewCardContent): string {
  const version = createHash('sha256').update(JSON.stringify(card)).digest('base64url').slice(0, 10)
  return `${previewImagePath(pagePath)}?v=${version}`
}

interface PageMetadataInput {
  /** The page's own path: its canonical address. */
  path: string
  /** A string gets the site name after it (the layout's template); `absolute` is used as it is. */
  title: string | { absolute: string }
  description?: string
  /** What the preview image route beside the page (previewImagePath) draws, for a page that has one. */
  previewCard?: PreviewCardContent
}

/**
 * A public page's metadata. The layout's `metadataBase` makes the canonical and Open Graph addresses
 * absolute. A page's `openGraph` replaces the layout's whole, so every field is set here; Next copies
 * title, description and image into the Twitter card.
 */
export function pageMetadata({ path, title, description, previewCard }: PageMetadataInput): Metadata {
  const plainTitle = typeof title === 'string' ? title : title.absolute
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      url: path,
      title: plainTitle,
      description,
      ...(previewCard && { images: [{ url: previewImageUrl(path, previewCard), ...PREVIEW_IMAGE_SIZE, alt: plainTitle }] }),
    },
    twitter: { card: previewCard ? 'summary_large_image' : 'summary' },
  }
}
