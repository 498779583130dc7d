import type { Payload, PayloadRequest } from 'payload'

import { paragraphsToRichText } from '../lib/richText'
import { revalidationOff } from '../lib/revalidationContext'
import type { SeedAlternativesPage, SeedContent, SeedLearnMore, SeedRole } from './types'

export interface SeedReport {
  created: { tools: number; roles: number; decisionQuestions: number }
  kept: { tools: number; roles: number; decisionQuestions: number }
}

type IdBySlug = Map<string, string>

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

  const toolIds: IdBySlug = new Map()
  for (const tool of content.tools) {
    const existing = await payload.find({
      ...common,
      collection: 'tools',
      where: { or: [{ slug: { equals: tool.slug } }, { name: { equals: tool.name } }] },
      limit: 1,
      depth: 0,
      pagination: false,
    })
    const found = existing.docs[0]
    if (found) {
      toolIds.set(tool.slug, found.id)
      report.kept.tools += 1
      continue
    }
    const created = await payload.create({ ...common, collection: 'tools', data: { ...tool, _status: 'published' } })
    toolIds.set(tool.slug, created.id)
    report.created.tools += 1
  }

  const pageByRole = new Map(content.alternativesPages.map((page) => [page.role, page]))
  // Roles that rank others are created last, once the roles they point to exist.
  const rolesInOrder = [...content.roles].sort(
    (a, b) => Number(pageByRole.has(a.slug)) - Number(pageByRole.has(b.slug)),
  )
  const roleIds: IdBySlug = new Map()
  for (const role of rolesInOrder) {
    const existing = await payload.find({
      ...common,
      collection: 'roles',
      where: { slug: { equals: role.slug } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
    const found = existing.docs[0]
    if (found) {
      roleIds.set(role.slug, found.id)
      report.kept.roles += 1
      continue
    }
    const data = {
      ...roleData(role, toolIds),
      ...alternativesPageData(pageByRole.get(role.slug), roleIds),
      _status: 'published' as const,
    }
    const created = await payload.create({ ...common, collection: 'roles', data })
    roleIds.set(role.slug, created.id)
    report.created.roles += 1
  }

  for (const question of content.decisionQuestions) {
    const existing = await payload.count({
      ...common,
      collection: 'decision-questions',
      where: { question: { equals: question.question } },
    })
    if (existing.totalDocs > 0) {
      report.kept.decisionQuestions += 1
      continue
    }
    await payload.create({
      ...common,
      collection: 'decision-questions',
      data: {
        question: question.question,
        guidance: question.guidance,
        recommends: idFor(roleIds, question.recommends, 'role'),
        shownOn: question.shownOn.map((slug) => idFor(roleIds, slug, 'role')),
        _status: 'published',
      },
    })
    report.created.decisionQuestions += 1
  }
  return report
}

function idFor(ids: IdBySlug, slug: string, kind: 'tool' | 'role'): string {
  const id = ids.get(slug)
  if (id === undefined) throw new Error(`Seed content refers to the ${kind} "${slug}", which it does not define.`)
  return id
}

function learnMoreData(learnMore: SeedLearnMore | undefined, toolIds: IdBySlug) {
  return learnMore ? { tool: idFor(toolIds, learnMore.tool, 'tool'), label: learnMore.label } : undefined
}

function roleData(role: SeedRole, toolIds: IdBySlug) {
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

function alternativesPageData(page: SeedAlternativesPage | undefined, roleIds: IdBySlug) {
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
