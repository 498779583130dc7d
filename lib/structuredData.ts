import { alternativesPath, HOME_PATH, toolkitPath } from './paths'
import { absoluteUrl } from './seo'
import type { RankedAlternative, RoleSummary } from './views'

/**
 * Schema.org structured data (JSON-LD) for the role pages: where a page sits (BreadcrumbList) and, on
 * an alternatives page, the ranking (ItemList). Names and addresses only: the page's HTML already
 * carries the text, and every byte here is sent twice (HTML and the server-components payload).
 *
 * "How to pick" is not marked up as FAQPage: its items are prompts that point at a role ("You want
 * to ... → DevOps Engineer"), not questions visitors ask with the site's answer, and Google shows FAQ
 * results only for authoritative government and health sites. HowTo (steps to complete a task) fits
 * even less, and Google no longer shows it.
 */

interface Thing {
  '@type': string
  [property: string]: unknown
}

export interface JsonLdDocument {
  '@context': 'https://schema.org'
  '@graph': Thing[]
}

interface Crumb {
  name: string
  path: string
}

function listItem(position: number, name: string, path: string): Thing {
  return { '@type': 'ListItem', position, name, item: absoluteUrl(path) }
}

export function breadcrumbList(crumbs: readonly Crumb[]): Thing {
  return { '@type': 'BreadcrumbList', itemListElement: crumbs.map((crumb, index) => listItem(index + 1, crumb.name, crumb.path)) }
}

/** The ranking, best first: each alternative's toolkit page. */
export function rankingList(name: string, alternatives: readonly RankedAlternative[]): Thing {
  return {
    '@type': 'ItemList',
    name,
    itemListOrder: 'https://schema.org/ItemListOrderDescending',
    numberOfItems: alternatives.length,
    itemListElement: alternatives.map(({ rank, role }) => ({
      '@type': 'ListItem',
      position: rank,
      name: role.toolkitName,
      url: absoluteUrl(toolkitPath(role.slug)),
    })),
  }
}

const HOME_CRUMB: Crumb = { name: 'Home', path: HOME_PATH }

export function toolkitPageData(role: RoleSummary): JsonLdDocument {
  return {
    '@context': 'https://schema.org',
    '@graph': [breadcrumbList([HOME_CRUMB, { name: role.toolkitName, path: toolkitPath(role.slug) }])],
  }
}

export function alternativesPageData(page: { role: RoleSummary; heading: string; alternatives: readonly RankedAlternative[] }): JsonLdDocument {
  const { role } = page
  return {
    '@context': 'https://schema.org',
    '@graph': [
      breadcrumbList([
        HOME_CRUMB,
        { name: role.toolkitName, path: toolkitPath(role.slug) },
        { name: page.heading, path: alternativesPath(role.slug) },
      ]),
      rankingList(page.heading, page.alternatives),
    ],
  }
}

/**
 * JSON for an inline <script type="application/ld+json">. "<" is escaped, so no content (a tagline
 * holding "</script>") can close the element or open a comment; the JSON means the same.
 */
export function serializeJsonLd(data: JsonLdDocument): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
