import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug, Where } from 'payload'

import { revalidationOff } from '../hooks/revalidation/revalidationContext'
import { paragraphsToRichText } from './richText'
import type { SeedAlternativesPage, SeedContent, SeedLearnMore, SeedRole } from './types'

/** How many documents of each kind the seed created, and how many it found and left as they were. */
export interface SeedReport {
  created: SeedCounts
  kept: SeedCounts
}

type SeedCounts = { tools: number; roles: number; decisionQuestions: number }

const COUNTED_AS = { tools: 'tools', roles: 'roles', 'decision-questions': 'decisionQuestions' } as const

type SeededCollection = keyof typeof COUNTED_AS

type IdByKey = Map<string, string>

/** One kind of seed document: how an existing one is recognised, and what is created when none is. */
interface SeedStep<T, S extends SeededCollection> {
  collection: S
  items: readonly T[]
  /** The key other seed documents refer to it by. */
  keyOf: (item: T) => string
  /** The stored documents that count as this item. */
  match: (item: T) => Where
  /** The document to create; `ids` holds the keys of this step's documents found or created so far. */
  data: (item: T, ids: IdByKey) => Omit<RequiredDataFromCollectionSlug<S>, '_status'>
}

/**
 * Loads the seed content, creating only what is missing. Documents are matched by slug (tools also by
 * name, questions by their text); a match is left exactly as it is, so a re-seed never undoes an
 * editor's work. Everything it creates is published.
 */
export async function seedDatabase(payload: Payload, content: SeedContent, req?: Partial<PayloadRequest>): Promise<SeedReport> {
  const report: SeedReport = {
    created: { tools: 0, roles: 0, decisionQuestions: 0 },
    kept: { tools: 0, roles: 0, decisionQuestions: 0 },
  }
  const common = { req, overrideAccess: true, context: revalidationOff() } as const

  async function create<S extends SeededCollection>(collection: S, data: Omit<RequiredDataFromCollectionSlug<S>, '_status'>) {
    // TypeScript cannot follow the spread of a generic type: this is `data`, published.
    const published = { ...data, _status: 'published' } as RequiredDataFromCollectionSlug<S>
    return (await payload.create({ ...common, collection, data: published })).id
  }

  async function findOrCreateEach<T, S extends SeededCollection>(step: SeedStep<T, S>): Promise<IdByKey> {
    const ids: IdByKey = new Map()
    for (const item of step.items) {
      const { collection } = step
      const { docs } = await payload.find({ ...common, collection, where: step.match(item), limit: 1, depth: 0, pagination: false })
      const found = docs[0]
      ids.set(step.keyOf(item), found ? found.id : await create(collection, step.data(item, ids)))
      report[found ? 'kept' : 'created'][COUNTED_AS[collection]] += 1
    }
    return ids
  }

  const toolIds = await findOrCreateEach({
    collection: 'tools',
    items: content.tools,
    keyOf: (tool) => tool.slug,
    match: (tool): Where => ({ or: [{ slug: { equals: tool.slug } }, { name: { equals: tool.name } }] }),
    data: (tool) => tool,
  })

  const pageByRole = new Map(content.alternativesPages.map((page) => [page.role, page]))
  const roleIds = await findOrCreateEach({
    collection: 'roles',
    // Roles that rank others are created last, once the roles they point to exist.
    items: [...content.roles].sort((a, b) => Number(pageByRole.has(a.slug)) - Number(pageByRole.has(b.slug))),
    keyOf: (role) => role.slug,
    match: (role) => ({ slug: { equals: role.slug } }),
    data: (role, roleIds) => ({ ...roleData(role, toolIds), ...alternativesPageData(pageByRole.get(role.slug), roleIds) }),
  })

  await findOrCreateEach({
    collection: 'decision-questions',
    items: content.decisionQuestions,
    keyOf: (question) => question.question,
    match: (question) => ({ question: { equals: question.question } }),
    data: (question) => ({
      question: question.question,
      guidance: question.guidance,
      recommends: idFor(roleIds, question.recommends, 'role'),
      shownOn: question.shownOn.map((slug) => idFor(roleIds, slug, 'role')),
    }),
  })
  return report
}

function idFor(ids: IdByKey, slug: string, kind: 'tool' | 'role'): string {
  const id = ids.get(slug)
  if (id === undefined) throw new Error(`Seed content refers to the ${kind} "${slug}", which it does not define.`)
  return id
}

function learnMoreData(learnMore: SeedLearnMore | undefined, toolIds: IdByKey) {
  return learnMore ? { tool: idFor(toolIds, learnMore.tool, 'tool'), label: learnMore.label } : undefined
}

function roleData(role: SeedRole, toolIds: IdByKey) {
  return {
    name: role.name,
    slug: role.slug,
    tagline: role.tagline,
    summary: role.summary,
    primaryFocus: role.primaryFocus,
    keyResponsibility: role.keyResponsibility,
    commonTools: role.commonTools.map((slug) => idFor(toolIds, slug, 'tool')),
    bestFor: role.bestFor.map((text) => ({ text })),
    learnMore: learnMoreData(role.learnMore, toolIds),
  }
}

function alternativesPageData(page: SeedAlternativesPage | undefined, roleIds: IdByKey) {
  if (!page) return {}
  return {
    alternativesHeading: page.heading,
    alternativesIntro: paragraphsToRichText(page.intro),
    alternatives: page.alternatives.map((alternative) => ({
      role: idFor(roleIds, alternative.role, 'role'),
      pitch: alternative.pitch,
      adjacency: alternative.adjacency,
    })),
    tableSelfLabel: page.tableSelfLabel,
    howToPickIntro: page.howToPickIntro,
  }
}
