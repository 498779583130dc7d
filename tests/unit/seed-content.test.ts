import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { seedContent } from '../../seed/content'
import type { SeedAlternativesPage, SeedRole, SeedTool } from '../../seed/types'

const { tools, roles, alternativesPages, decisionQuestions } = seedContent

const documentText = readFileSync(
  new URL('../../seed/backend-architect-alternatives.txt', import.meta.url),
  'utf8',
)

/**
 * The document's non-empty lines, trimmed, without list markers: the export numbers ranked items
 * twice ("1. 1. ") and prefixes "Best for" with a bullet ("• "); neither belongs to the content.
 */
const documentLines = documentText
  .split('\n')
  .map((line) => line.trim().replace(/^(?:(?:\d+\.|•)\s+)+/, ''))
  .filter((line) => line !== '')

/** Section titles and the table header: page furniture, not seed content. */
const RANKED_TITLE = 'Top alternatives ranked'
const TABLE_TITLE = 'Side-by-side'
const HOW_TO_PICK_TITLE = 'How to pick'
const tableHeader = (self: SeedRole) =>
  `Role Primary Focus Key Responsibility Common Tools Adjacent to ${self.name}?`

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function findOrThrow<T extends { slug: string }>(items: T[], slug: string, kind: string): T {
  const item = items.find((candidate) => candidate.slug === slug)
  if (!item) throw new Error(`Unknown ${kind} slug "${slug}"`)
  return item
}
const toolBySlug = (slug: string): SeedTool => findOrThrow(tools, slug, 'tool')
const roleBySlug = (slug: string): SeedRole => findOrThrow(roles, slug, 'role')

function pageFor(roleSlug: string): SeedAlternativesPage {
  const page = alternativesPages.find((candidate) => candidate.role === roleSlug)
  if (!page) throw new Error(`No alternatives page for "${roleSlug}"`)
  return page
}

const page = pageFor('backend-architect')
const pageRole = roleBySlug(page.role)
const rankedRoles = page.alternatives.map((alternative) => roleBySlug(alternative.role))
const questionsShownOn = (roleSlug: string) =>
  decisionQuestions.filter((question) => question.shownOn.includes(roleSlug))

/* The document lines each piece of data must reproduce. */
const rankedHeading = (role: SeedRole) => `${role.name} — ${role.tagline}`
const bestForLine = (role: SeedRole) => `Best for: ${role.bestFor.join(', ')}.`
const learnMoreLine = (role: SeedRole) => `Explore the ${role.name} Toolkit | ${role.learnMore?.label}`
const toolNames = (role: SeedRole) => role.commonTools.map((slug) => toolBySlug(slug).name)
const tableRow = (role: SeedRole, adjacency: string) =>
  [role.name, role.primaryFocus, role.keyResponsibility, toolNames(role).join(', '), adjacency].join(' ')
const howToPickItem = (question: { question: string; guidance: string }) =>
  `${question.question} ${question.guidance}`

/** The role's row as the table shows it: its own label on its page, the adjacency cell otherwise. */
function adjacencyOf(role: SeedRole): string {
  if (role.slug === page.role) return page.tableSelfLabel
  const alternative = page.alternatives.find((candidate) => candidate.role === role.slug)
  if (!alternative) throw new Error(`"${role.slug}" is not on the ${page.role} page`)
  return alternative.adjacency
}

/** The paragraph a role's summary is the first sentence of. */
function summarySource(role: SeedRole): string | undefined {
  if (role.slug === page.role) return page.intro[0]
  return page.alternatives.find((alternative) => alternative.role === role.slug)?.pitch
}

/** Every line of the page, in order, rebuilt from the data alone. */
function renderPage(): string[] {
  return [
    page.heading,
    ...page.intro,
    RANKED_TITLE,
    ...page.alternatives.flatMap((alternative) => {
      const role = roleBySlug(alternative.role)
      return [rankedHeading(role), alternative.pitch, bestForLine(role), learnMoreLine(role)]
    }),
    TABLE_TITLE,
    tableHeader(pageRole),
    ...[pageRole, ...rankedRoles].map((role) => tableRow(role, adjacencyOf(role))),
    HOW_TO_PICK_TITLE,
    page.howToPickIntro,
    ...questionsShownOn(page.role).map(howToPickItem),
  ]
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const namedInDocument = (name: string) =>
  new RegExp(`(?<![\\w.])${escapeRegExp(name)}(?!\\w)`).test(documentText)

describe('seed content against the source document', () => {
  it('rebuilds the whole document, line for line and in order', () => {
    expect(renderPage()).toEqual(documentLines)
  })

  // What the line-for-line comparison cannot see: how each line is split into fields.
  describe.each(page.alternatives)('alternative $role', (alternative) => {
    const role = roleBySlug(alternative.role)

    it('has its "Best for" sentence split into four whole items', () => {
      expect(role.bestFor).toHaveLength(4)
      for (const item of role.bestFor) {
        // A split on every comma would leave fragments such as "storage" or "and reliability".
        expect(item.split(' ').length).toBeGreaterThanOrEqual(3)
        expect(item).toBe(item.trim())
        expect(item.endsWith('.')).toBe(false)
      }
    })

    it('has its "Learn more" link, naming its tool', () => {
      const tool = toolBySlug(role.learnMore?.tool ?? '')
      expect(role.learnMore?.label).toContain(tool.name)
    })
  })

  it("gives the page's own role no tagline, best-for items or link, as the document has none", () => {
    expect(pageRole.tagline).toBeUndefined()
    expect(pageRole.bestFor).toEqual([])
    expect(pageRole.learnMore).toBeUndefined()
  })

  it.each(roles)("takes $name's summary as the first sentence of its paragraph", (role) => {
    const source = summarySource(role)
    expect(source).toBeDefined()
    expect(source?.startsWith(`${role.summary} `)).toBe(true)
    expect(role.summary).toMatch(/\.$/)
    expect(role.summary).not.toContain('. ')
  })

  describe('how to pick', () => {
    it.each(decisionQuestions)('asks "$question" as one question and recommends the toolkit its guidance names', (question) => {
      expect(question.question).toMatch(/^[^?]+\?$/)
      const named = roles.filter((role) => question.guidance.includes(`the ${role.name} Toolkit`))
      expect(named.map((role) => role.slug)).toEqual([question.recommends])
    })
  })

  it.each(tools)('names $name in the document', (tool) => {
    expect(namedInDocument(tool.name)).toBe(true)
  })
})

describe('seed content integrity', () => {
  it('has unique, kebab-case slugs', () => {
    for (const items of [tools, roles]) {
      const slugs = items.map((item) => item.slug)
      expect(new Set(slugs).size).toBe(slugs.length)
      for (const slug of slugs) expect(slug).toMatch(SLUG)
    }
  })

  it.each(roles)('derives the $name slug from its name', (role) => {
    expect(role.slug).toBe(role.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
  })

  it.each(tools)('links $name to an https URL', (tool) => {
    expect(new URL(tool.url).protocol).toBe('https:')
  })

  it('resolves every slug reference', () => {
    for (const role of roles) {
      role.commonTools.forEach(toolBySlug)
      if (role.learnMore) toolBySlug(role.learnMore.tool)
    }
    for (const alternativesPage of alternativesPages) {
      roleBySlug(alternativesPage.role)
      alternativesPage.alternatives.forEach((alternative) => roleBySlug(alternative.role))
    }
    for (const question of decisionQuestions) {
      roleBySlug(question.recommends)
      question.shownOn.forEach(pageFor)
    }
  })

  it.each(alternativesPages)('lists each alternative once on the $role page, never the role itself', (alternativesPage) => {
    const slugs = alternativesPage.alternatives.map((alternative) => alternative.role)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(slugs).not.toContain(alternativesPage.role)
  })
})
