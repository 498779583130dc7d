import { cache } from 'react'

import type { DecisionQuestion, Role, Tool } from '@/payload-types'

import { getCurrentUser } from './currentUser'
import { questionShowsOn } from './paths'
import { getPayloadClient } from './payload'
import { alternativesPageMeta, toolkitPageMeta } from './seo'
import { idOf, isPopulated, populatedOnly } from './relationships'
import type {
  AlternativesPageView,
  ComparisonRow,
  DecisionQuestionView,
  ExternalLink,
  RankedAlternative,
  RoleListing,
  RoleSummary,
  ToolkitPageView,
  ToolLink,
} from './views'

/**
 * Data access for the public pages. Every read is a visitor's: `overrideAccess: false` with no user,
 * so Payload's access rules return published documents only. Each function is wrapped in React's
 * `cache` so a page and its generateMetadata share one query per request.
 */
export const AS_VISITOR = { overrideAccess: false } as const

/**
 * In draft mode (an editor's preview) reads return the latest drafts, still through access control,
 * as the signed-in user. Draft-mode responses are rendered per request and never cached.
 */
async function readOptions(draft: boolean) {
  if (!draft) return AS_VISITOR
  return { overrideAccess: false, draft: true, user: await getCurrentUser() } as const
}

/** Fields of a role that other roles' pages show (ranking, table, questions). */
const SHOWN_ROLE_FIELDS = {
  name: true,
  slug: true,
  toolkitName: true,
  tagline: true,
  primaryFocus: true,
  keyResponsibility: true,
  commonTools: true,
  bestFor: true,
  learnMore: true,
} as const

export const SHOWN_TOOL_FIELDS = { name: true, url: true } as const

type SummarySource = Pick<Role, 'id' | 'name' | 'slug' | 'toolkitName' | 'tagline'>

export function toRoleSummary(role: SummarySource): RoleSummary {
  return {
    id: role.id,
    name: role.name,
    slug: role.slug ?? '',
    toolkitName: role.toolkitName || `${role.name} Toolkit`,
    ...(role.tagline ? { tagline: role.tagline } : {}),
  }
}

export function toToolLinks(tools: Role['commonTools']): ToolLink[] {
  return populatedOnly<Tool>(tools).map(({ name, url }) => ({ name, url }))
}

export function toLearnMoreLink(learnMore: Role['learnMore']): ExternalLink | undefined {
  const tool = learnMore?.tool
  if (!isPopulated<Tool>(tool)) return undefined
  return { label: learnMore?.label || `Learn more about ${tool.name}`, url: tool.url }
}

export function bestForTexts(items: Role['bestFor']): string[] {
  return (items ?? []).map(({ text }) => text)
}

function hasPublishedAlternatives(role: Pick<Role, 'alternatives'>): boolean {
  return (role.alternatives ?? []).some(({ role: ranked }) => isPopulated<Role>(ranked))
}

async function findRoleBySlug(slug: string, depth: number, draft: boolean): Promise<Role | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...(await readOptions(draft)),
    collection: 'roles',
    where: { slug: { equals: slug } },
    depth,
    limit: 1,
    pagination: false,
    populate: { roles: SHOWN_ROLE_FIELDS, tools: SHOWN_TOOL_FIELDS },
  })
  return docs[0] ?? null
}

/** Every published role, for the home page, sorted by name. */
export const listRoles = cache(async (): Promise<RoleListing[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...AS_VISITOR,
    collection: 'roles',
    sort: 'name',
    depth: 1,
    pagination: false,
    select: { name: true, slug: true, toolkitName: true, tagline: true, alternatives: { role: true }, updatedAt: true },
    populate: { roles: { name: true } },
  })
  return docs
    .filter((role) => role.slug)
    .map((role) => ({ role: toRoleSummary(role), hasAlternativesPage: hasPublishedAlternatives(role), updatedAt: role.updatedAt }))
})

/** Slugs to prerender at build time. */
export async function listRoleSlugs(): Promise<{ slug: string; hasAlternativesPage: boolean }[]> {
  return (await listRoles()).map(({ role, hasAlternativesPage }) => ({ slug: role.slug, hasAlternativesPage }))
}

export const getToolkitPage = cache(async (slug: string, draft = false): Promise<ToolkitPageView | null> => {
  const role = await findRoleBySlug(slug, 1, draft)
  if (!role) return null
  const payload = await getPayloadClient()
  const rankers = await payload.find({
    ...(await readOptions(draft)),
    collection: 'roles',
    where: { 'alternatives.role': { equals: role.id } },
    sort: 'name',
    depth: 0,
    pagination: false,
    select: { name: true, slug: true, toolkitName: true, tagline: true },
  })
  const summary = toRoleSummary(role)
  return {
    role: summary,
    ...(role.summary ? { summary: role.summary } : {}),
    primaryFocus: role.primaryFocus,
    keyResponsibility: role.keyResponsibility,
    tools: toToolLinks(role.commonTools),
    bestFor: bestForTexts(role.bestFor),
    learnMore: toLearnMoreLink(role.learnMore),
    hasAlternativesPage: hasPublishedAlternatives(role),
    ranks: populatedOnly<Role>((role.alternatives ?? []).map(({ role: ranked }) => ranked)).map(({ slug, name }) => ({ slug: slug ?? '', name })),
    rankedBy: rankers.docs.filter((ranker) => ranker.slug).map(toRoleSummary),
    meta: toolkitPageMeta({ ...summary, summary: role.summary }, role.meta),
    updatedAt: role.updatedAt,
  }
})

/** The alternatives page's heading: the editors' own, or "Why look beyond <Toolkit>". */
export function alternativesHeadingOf(heading: Role['alternativesHeading'], role: RoleSummary): string {
  return heading || `Why look beyond ${role.toolkitName}`
}

export const getAlternativesPage = cache(async (slug: string, draft = false): Promise<AlternativesPageView | null> => {
  const role = await findRoleBySlug(slug, 2, draft)
  if (!role) return null
  const rows = (role.alternatives ?? []).flatMap((row) => (isPopulated<Role>(row.role) ? [{ ...row, role: row.role }] : []))
  // A role that ranks nothing (or only unpublished roles) has no alternatives page.
  if (rows.length === 0) return null

  const summary = toRoleSummary(role)
  const alternatives: RankedAlternative[] = rows.map((row, index) => ({
    rank: index + 1,
    role: toRoleSummary(row.role),
    pitch: row.pitch,
    bestFor: bestForTexts(row.bestFor?.length ? row.bestFor : row.role.bestFor),
    learnMore: toLearnMoreLink(row.learnMore?.tool ? row.learnMore : row.role.learnMore),
  }))
  const comparison: ComparisonRow[] = [
    {
      role: summary,
      primaryFocus: role.primaryFocus,
      keyResponsibility: role.keyResponsibility,
      tools: toToolLinks(role.commonTools),
      adjacency: role.tableSelfLabel || 'Core role',
      isPageRole: true,
    },
    ...rows.map((row) => ({
      role: toRoleSummary(row.role),
      primaryFocus: row.role.primaryFocus,
      keyResponsibility: row.role.keyResponsibility,
      tools: toToolLinks(row.role.commonTools),
      adjacency: row.adjacency,
      isPageRole: false,
    })),
  ]
  const heading = alternativesHeadingOf(role.alternativesHeading, summary)
  return {
    role: summary,
    heading,
    intro: role.alternativesIntro ?? null,
    alternatives,
    comparison,
    ...(role.howToPickIntro ? { howToPickIntro: role.howToPickIntro } : {}),
    questions: await listDecisionQuestions(role.id, alternatives.map((alternative) => alternative.role.id), draft),
    meta: alternativesPageMeta(
      { heading, toolkitName: summary.toolkitName, alternativeNames: alternatives.map((alternative) => alternative.role.name) },
      role.alternativesMeta,
    ),
    updatedAt: role.updatedAt,
  }
})

/**
 * The questions an alternatives page shows: those recommending a role it ranks, in rank order,
 * minus those limited ("Show only on") to other pages.
 */
export async function listDecisionQuestions(pageRoleId: string, rankedRoleIds: string[], draft: boolean): Promise<DecisionQuestionView[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...(await readOptions(draft)),
    collection: 'decision-questions',
    where: { recommends: { in: rankedRoleIds } },
    sort: 'createdAt',
    depth: 1,
    pagination: false,
    populate: { roles: { name: true, slug: true, toolkitName: true } },
  })
  const rankOf = (question: DecisionQuestion) => rankedRoleIds.indexOf(idOf(question.recommends) ?? '')
  return docs
    .filter((question) => questionShowsOn(question, pageRoleId))
    .flatMap((question) =>
      isPopulated<Role>(question.recommends)
        ? [{ question, recommends: toRoleSummary(question.recommends) }]
        : [],
    )
    .sort((a, b) => rankOf(a.question) - rankOf(b.question))
    .map(({ question, recommends }) => ({
      id: question.id,
      question: question.question,
      guidance: question.guidance,
      recommends,
    }))
}
