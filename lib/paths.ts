import { SLUG_PATTERN } from '../fields/slugify'
import { ANSWER_PARAM } from './recommend'
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

/** The role slug a toolkit page's address names (undefined for any other address). */
export function roleSlugOf(path: string): string | undefined {
  const slug = /^\/toolkits\/([^/]+)$/.exec(path)?.[1]
  return slug && SLUG_PATTERN.test(slug) ? slug : undefined
}

/** A query parameter's values (absent, given once, or repeated, as a GET form of checkboxes sends them), each once. */
export function queryValues(value: string | string[] | undefined): string[] {
  return [...new Set(typeof value === 'string' ? [value] : (value ?? []))]
}

/** The picker ("How to pick" as a form) on the alternatives page. */
export const HOW_TO_PICK_ID = 'how-to-pick'
export function howToPickPath(slug: string): string {
  return `${alternativesPath(slug)}#${HOW_TO_PICK_ID}`
}

/** The picker's answer to the ticked "How to pick" questions (their ids): an address to share. */
export function pickPath(slug: string, answers: readonly string[] = []): string {
  const query = new URLSearchParams(answers.map((id) => [ANSWER_PARAM, id])).toString()
  return `${alternativesPath(slug)}/pick${query ? `?${query}` : ''}`
}

/** The compare form's target: it sends the chosen roles' slugs, each as `role`, and is redirected. */
export const COMPARE_PATH = '/compare'
export const COMPARE_PARAM = 'role'
/** The word between two roles' slugs in a comparison's address; no role's slug may contain it as a word. */
const COMPARE_WORD = 'vs'
const COMPARE_SEPARATOR = `-${COMPARE_WORD}-`
/** The word as a whole word of a slug: tested once (no `g`, so no state between calls), or replaced everywhere. */
const COMPARE_WORD_AS_WORD = `(^|-)${COMPARE_WORD}(?=-|$)`
const COMPARE_WORD_IN_SLUG = new RegExp(COMPARE_WORD_AS_WORD)
const EVERY_COMPARE_WORD_IN_SLUG = new RegExp(COMPARE_WORD_AS_WORD, 'g')

/**
 * Whether a role's slug would make comparison addresses ambiguous: "dev-vs-ops" next to "qa" reads as
 * dev, ops and qa, and "a-vs" + "b" is written like "a" + "vs-b". Role slugs may not contain the word.
 */
export function splitsComparisons(slug: string): boolean {
  return COMPARE_WORD_IN_SLUG.test(slug)
}

/** A role's slug derived from its name, with the comparisons' word spelt out ("Dev vs Ops": dev-versus-ops). */
export function comparableSlug(slug: string): string {
  return slug.replace(EVERY_COMPARE_WORD_IN_SLUG, '$1versus')
}

/** The compare form with these roles ticked: where a choice of fewer than 2 or more than 4 goes back to. */
export function compareFormPath(slugs: readonly string[]): string {
  return `${COMPARE_PATH}?${new URLSearchParams(slugs.map((slug) => [COMPARE_PARAM, slug]))}`
}

/** The canonical set of roles to compare: each slug once, in alphabetical order. */
export function canonicalCompareSet(slugs: readonly string[]): string[] {
  return [...new Set(slugs)].sort()
}

/** A comparison's one address, whatever the order the roles were chosen in: /compare/<a>-vs-<b>[-vs-<c>...]. */
export function comparePath(slugs: readonly string[]): string {
  return `${COMPARE_PATH}/${canonicalCompareSet(slugs).join(COMPARE_SEPARATOR)}`
}

/** The slugs a comparison's address names, as written (no role's slug contains the word "vs": splitsComparisons). */
export function compareSlugsOf(set: string): string[] {
  return set.split(COMPARE_SEPARATOR)
}

/**
 * Every comparison page at once, in a list of pages to refresh: the sets that include a role are too
 * many to list, and only the ones visited are cached. Next refreshes it by its route (`pageRouteOf`).
 */
export const EVERY_COMPARISON = `${COMPARE_PATH}/[set]`

/** The route file (route group included) of an entry that names every page of a dynamic route. */
export function pageRouteOf(path: string): string | undefined {
  return path === EVERY_COMPARISON ? `/(site)${EVERY_COMPARISON}` : undefined
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
