/**
 * What the public pages should show for the seed, derived from `seed/content.ts` so no spec
 * re-types a text the seed already holds. Labels the product itself adds (defaults such as
 * "<name> Toolkit") are spelled out here once.
 */
import { alternativesPath, toolkitPath } from '../../../lib/paths'
import { seedContent } from '../../../seed/content'
import type { SeedAlternativesPage, SeedDecisionQuestion, SeedRole, SeedTool } from '../../../seed/types'

export { alternativesPath, seedContent, toolkitPath }

export function roleBySlug(slug: string): SeedRole {
  const role = seedContent.roles.find((candidate) => candidate.slug === slug)
  if (!role) throw new Error(`The seed has no role "${slug}"`)
  return role
}

export function toolBySlug(slug: string): SeedTool {
  const tool = seedContent.tools.find((candidate) => candidate.slug === slug)
  if (!tool) throw new Error(`The seed has no tool "${slug}"`)
  return tool
}

/** The seed leaves every toolkit name empty; the product fills "<name> Toolkit". */
export function toolkitNameOf(role: SeedRole): string {
  return `${role.name} Toolkit`
}

/** The ranking's h3: "<Role> — <tagline>", or the bare name for a role without a tagline. */
export function rankedHeadingOf(role: SeedRole, tagline: string | undefined = role.tagline): string {
  return tagline ? `${role.name} — ${tagline}` : role.name
}

export function toolsOf(role: SeedRole): SeedTool[] {
  return role.commonTools.map(toolBySlug)
}

export function learnMoreOf(role: SeedRole): { label: string; url: string } | undefined {
  return role.learnMore ? { label: role.learnMore.label, url: toolBySlug(role.learnMore.tool).url } : undefined
}

export function alternativesPageOf(slug: string): SeedAlternativesPage | undefined {
  return seedContent.alternativesPages.find((page) => page.role === slug)
}

/** Seed alternatives pages that rank the role. */
export function pagesRanking(slug: string): SeedAlternativesPage[] {
  return seedContent.alternativesPages.filter((page) => page.alternatives.some((alternative) => alternative.role === slug))
}

/** The questions a page shows for a ranking (slugs in rank order): those recommending a ranked role, in rank order. */
export function questionsFor(pageSlug: string, rankedSlugs: string[]): SeedDecisionQuestion[] {
  return seedContent.decisionQuestions
    .filter((question) => question.shownOn.length === 0 || question.shownOn.includes(pageSlug))
    .filter((question) => rankedSlugs.includes(question.recommends))
    .sort((a, b) => rankedSlugs.indexOf(a.recommends) - rankedSlugs.indexOf(b.recommends))
}

/** The seed's one alternatives page (Backend Architect's). */
export const seedPage: SeedAlternativesPage = (() => {
  const [page] = seedContent.alternativesPages
  if (!page) throw new Error('The seed has no alternatives page')
  return page
})()
export const seedPageRole: SeedRole = roleBySlug(seedPage.role)
export const seedRankedSlugs: string[] = seedPage.alternatives.map((alternative) => alternative.role)
