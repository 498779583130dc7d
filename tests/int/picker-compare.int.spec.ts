import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'

import type { DecisionQuestion, Role } from '@/payload-types'
import { seedContent } from '@/seed/content'

import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'

/**
 * The picker ("Which toolkit fits me?") on the seeded Backend Architect page, and comparisons, read
 * as a visitor reads them: ticked questions recommend their toolkits, ties follow the editors'
 * ranking, a toolkit that is not published is never recommended, and a comparison is of exactly the
 * published roles its address names.
 */
const QUESTION = {
  devops: 'Are you passionate about automating infrastructure and deployment processes?',
  data: 'Is your primary interest in managing and optimizing large datasets and data flows?',
  ml: 'Are you interested in deploying and managing machine learning models in production environments?',
} as const

const skip = () => ({ skipRevalidation: true })

describeOnDatabase('the picker’s recommendation and comparisons', () => {
  let app: TestPayload
  let payload: Payload
  let picker: typeof import('@/lib/recommendations')
  let compare: typeof import('@/lib/compare')
  let redirects: typeof import('@/lib/redirects')
  const restores: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
    payload = app.payload
    // Imported once the test database is configured (lib/env reads it on import).
    picker = await import('@/lib/recommendations')
    compare = await import('@/lib/compare')
    redirects = await import('@/lib/redirects')
  })
  afterAll(async () => app?.cleanup())
  afterEach(async () => {
    while (restores.length > 0) await restores.pop()!()
  })

  const one = async <T,>(found: Promise<{ docs: T[] }>, what: string): Promise<T> => {
    const doc = (await found).docs[0]
    if (!doc) throw new Error(`No ${what}`)
    return doc
  }
  const role = (slug: string): Promise<Role> =>
    one(payload.find({ collection: 'roles', where: { slug: { equals: slug } }, depth: 0, limit: 1 }), slug)
  const question = (text: string): Promise<DecisionQuestion> =>
    one(payload.find({ collection: 'decision-questions', where: { question: { equals: text } }, depth: 0, limit: 1 }), text)
  const republish = (collection: 'roles' | 'decision-questions', id: string, data: Record<string, unknown> = {}) =>
    payload.update({ collection, id, data: { ...data, _status: 'published' }, context: skip() })
  const unpublish = async (collection: 'roles' | 'decision-questions', id: string) => {
    await payload.update({ collection, id, data: { _status: 'draft' }, context: skip() })
    restores.push(() => republish(collection, id))
  }

  /** What the result page shows for these questions ticked: [rank, toolkit, matched questions], or why not. */
  async function recommended(...texts: string[]) {
    const answers = await Promise.all(texts.map(async (text) => (await question(text)).id))
    const page = await picker.getPickerPage('backend-architect', answers)
    if (!page) return 'no picker'
    const { result } = page
    return result.answered ? result.recommendations.map(({ rank, role, matched }) => [rank, role.slug, matched]) : 'no answers'
  }

  it('recommends the toolkit a ticked question points to, with that question as the reason', async () => {
    expect(await recommended(QUESTION.ml)).toEqual([[1, 'ml-engineer', [QUESTION.ml]]])
  })

  it('ranks tied toolkits in the page’s ranking order, and follows the ranking when editors reorder it', async () => {
    expect(await recommended(QUESTION.ml, QUESTION.devops)).toEqual([
      [1, 'devops-engineer', [QUESTION.devops]],
      [1, 'ml-engineer', [QUESTION.ml]],
    ])
    const architect = await role('backend-architect')
    const rows = architect.alternatives ?? []
    await republish('roles', architect.id, { alternatives: [...rows].reverse() })
    restores.push(() => republish('roles', architect.id, { alternatives: rows }))
    expect(await recommended(QUESTION.ml, QUESTION.devops)).toEqual([
      [1, 'ml-engineer', [QUESTION.ml]],
      [1, 'devops-engineer', [QUESTION.devops]],
    ])
  })

  it('ranks a toolkit more ticked questions recommend above one fewer recommend', async () => {
    const devops = await role('devops-engineer')
    const second = await payload.create({
      collection: 'decision-questions',
      context: skip(),
      data: { question: 'Do you like on-call rotations?', guidance: 'DevOps.', recommends: devops.id, _status: 'published' },
    })
    restores.push(() => payload.delete({ collection: 'decision-questions', id: second.id, context: skip() }))
    expect(await recommended(QUESTION.data, 'Do you like on-call rotations?', QUESTION.devops)).toEqual([
      [1, 'devops-engineer', [QUESTION.devops, 'Do you like on-call rotations?']],
      [2, 'data-engineer', [QUESTION.data]],
    ])
  })

  it('never recommends a toolkit that is not published, nor counts a question that is not', async () => {
    await unpublish('roles', (await role('ml-engineer')).id)
    expect(await recommended(QUESTION.ml)).toBe('no answers')
    expect(await recommended(QUESTION.ml, QUESTION.data)).toEqual([[1, 'data-engineer', [QUESTION.data]]])

    await unpublish('decision-questions', (await question(QUESTION.data)).id)
    expect(await recommended(QUESTION.data)).toBe('no answers')
  })

  it('with no answer, or only answers the page does not ask, says so instead of recommending', async () => {
    expect(await recommended()).toBe('no answers')
    const page = await picker.getPickerPage('backend-architect', ['not-a-question', (await role('devops-engineer')).id])
    expect(page?.result).toEqual({ answered: false })
  })

  it('has no picker where there are no questions (a role that ranks nothing)', async () => {
    expect(await picker.getPickerPage('devops-engineer', [])).toBeNull()
    expect(await picker.getPickerPage('no-such-role', [])).toBeNull()
  })

  it('compares the named roles in the address’s order, with the table’s fields, Best for and the learn-more link', async () => {
    const rows = await compare.getComparison(['data-engineer', 'ml-engineer'])
    const expected = ['data-engineer', 'ml-engineer'].map((slug) => {
      const role = seedContent.roles.find((candidate) => candidate.slug === slug)!
      const tool = (toolSlug: string) => seedContent.tools.find((candidate) => candidate.slug === toolSlug)!
      return {
        name: role.name,
        primaryFocus: role.primaryFocus,
        keyResponsibility: role.keyResponsibility,
        tools: role.commonTools.map((toolSlug) => tool(toolSlug).name),
        bestFor: role.bestFor,
        learnMore: role.learnMore && { label: role.learnMore.label, url: tool(role.learnMore.tool).url },
      }
    })
    expect(
      rows?.map(({ role, primaryFocus, keyResponsibility, tools, bestFor, learnMore }) => ({
        name: role.name,
        primaryFocus,
        keyResponsibility,
        tools: tools.map(({ name }) => name),
        bestFor,
        learnMore,
      })),
    ).toEqual(expected)
  })

  it('follows a role’s slug changes for addresses built from slugs, not an editor’s redirect to another kind of page', async () => {
    const ml = await role('ml-engineer')
    await republish('roles', ml.id, { slug: 'ml-platform-engineer' })
    await republish('roles', ml.id, { slug: 'ai-engineer' })
    restores.push(() => republish('roles', ml.id, { slug: 'ml-engineer' }))
    const elsewhere = await payload.create({ collection: 'redirects', data: { from: '/toolkits/gone-role', to: '/compare' }, context: skip() })
    restores.push(() => payload.delete({ collection: 'redirects', id: elsewhere.id, context: skip() }))

    expect(await redirects.currentRoleSlugs(['data-engineer', 'ml-engineer', 'ml-platform-engineer', 'gone-role', 'no-such-role'])).toEqual([
      'data-engineer',
      'ai-engineer',
      'ai-engineer',
      'gone-role',
      'no-such-role',
    ])
  })

  it('has no comparison when a named role is unknown or not published', async () => {
    expect(await compare.getComparison(['data-engineer', 'no-such-role'])).toBeNull()
    await unpublish('roles', (await role('ml-engineer')).id)
    expect(await compare.getComparison(['data-engineer', 'ml-engineer'])).toBeNull()
  })
})
