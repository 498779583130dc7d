import { idOf, type Relation } from './relationships'

/**
 * The one URL map: every public path the site serves, and which of them show a role or a question.
 * Pages, the sitemap, preview links, slug redirects and page refreshes all ask here.
 */
export const HOME_PATH = '/'
export const SITEMAP_PATH = '/sitemap.xml'

export function toolkitPath(slug: string): string {
  return `/toolkits/${slug}`
}

export function alternativesPath(slug: string): string {
  return `/toolkits/${slug}/alternatives`
}

/** A role page's link-preview image (Open Graph), drawn from the page's content by a route beside the page. */
export function previewImagePath(pagePath: string): string {
  return `${pagePath}/og-image.png`
}

const ROLE_PAGE = /^\/toolkits\/[^/]+(\/alternatives)?$/

/**
 * The paths with each role page's preview image after it: the image shows the page's content, so
 * whatever refreshes a page refreshes its image too.
 */
export function withPreviewImages(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (ROLE_PAGE.test(path) ? [path, previewImagePath(path)] : [path]))
}

/** Every address a role's slug gives it, toolkit page first, whether or not its alternatives page exists now. */
export function roleAddresses(slug: string): [toolkit: string, alternatives: string] {
  return [toolkitPath(slug), alternativesPath(slug)]
}

/** The pages a role has: its toolkit page and, while it ranks alternatives, its alternatives page after it. */
export function rolePaths({ slug, hasAlternativesPage }: { slug: string; hasAlternativesPage: boolean }): string[] {
  const [toolkit, alternatives] = roleAddresses(slug)
  return hasAlternativesPage ? [toolkit, alternatives] : [toolkit]
}

/**
 * Whether a question shows on the alternatives page of `pageRoleId`, a page that ranks the role the
 * question recommends: yes, unless its "Show only on" names other pages.
 */
export function questionShowsOn(question: { shownOn?: readonly Relation[] | null }, pageRoleId: string): boolean {
  const shownOn = (question.shownOn ?? []).map((page) => idOf(page))
  return shownOn.length === 0 || shownOn.includes(pageRoleId)
}
