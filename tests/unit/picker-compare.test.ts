import { describe, expect, it } from 'vitest'

import { readCompareAddress } from '@/lib/compareAddress'
import { ROLE_SLUG } from '@/fields/slugField'
import { comparableSlug, comparePath, pickPath, queryValues, splitsComparisons } from '@/lib/paths'
import { type PickerQuestion, recommend } from '@/lib/recommend'

/** The picker's rule: ticked questions vote for the toolkit they recommend; the page's order breaks ties. */
const role = (slug: string) => ({ slug, name: slug.toUpperCase(), toolkitName: `${slug.toUpperCase()} Toolkit` })
const devops = role('devops')
const data = role('data')
const ml = role('ml')

// In the page's order: the ranking's (devops ranks above data, data above ml).
const questions: PickerQuestion[] = [
  { id: 'q-automate', question: 'Automate deployments?', recommends: devops },
  { id: 'q-pipelines', question: 'Build data pipelines?', recommends: data },
  { id: 'q-infra', question: 'Run infrastructure?', recommends: devops },
  { id: 'q-models', question: 'Ship models?', recommends: ml },
]

const ranking = (answers: string[]) => {
  const result = recommend(questions, answers)
  return result.answered ? result.recommendations.map(({ rank, role: { slug }, matched }) => [rank, slug, matched]) : result
}

describe('recommend', () => {
  it('recommends the toolkit of each ticked question, with the questions that matched it in the editors’ words', () => {
    expect(ranking(['q-models'])).toEqual([[1, 'ml', ['Ship models?']]])
  })

  it('ranks a toolkit more ticked questions recommend first, whatever the page order', () => {
    expect(ranking(['q-models', 'q-pipelines', 'q-infra', 'q-automate'])).toEqual([
      [1, 'devops', ['Automate deployments?', 'Run infrastructure?']],
      [2, 'data', ['Build data pipelines?']],
      [2, 'ml', ['Ship models?']],
    ])
  })

  it('gives tied toolkits the same rank, listed in the page’s (the ranking’s) order, not the order ticked', () => {
    expect(ranking(['q-models', 'q-pipelines'])).toEqual([
      [1, 'data', ['Build data pipelines?']],
      [1, 'ml', ['Ship models?']],
    ])
  })

  it('says nothing was answered for no answer, or only answers the page does not ask', () => {
    expect(recommend(questions, [])).toEqual({ answered: false })
    expect(recommend(questions, ['q-unpublished', ''])).toEqual({ answered: false })
    expect(ranking(['q-unpublished', 'q-models'])).toEqual([[1, 'ml', ['Ship models?']]])
  })

  it('counts an answer given twice once', () => {
    expect(ranking(['q-pipelines', 'q-pipelines', 'q-models'])).toEqual([
      [1, 'data', ['Build data pipelines?']],
      [1, 'ml', ['Ship models?']],
    ])
  })
})

describe('queryValues: a query parameter absent, given once or repeated', () => {
  it.each([
    [undefined, []],
    ['a', ['a']],
    [['a', 'b', 'a'], ['a', 'b']],
  ])('%j gives %j', (value, answers) => {
    expect(queryValues(value)).toEqual(answers)
  })
})

describe('the addresses the picker links to', () => {
  it('puts the answers in the result page’s query string, each as q', () => {
    expect(pickPath('backend-architect')).toBe('/toolkits/backend-architect/alternatives/pick')
    expect(pickPath('backend-architect', ['q 1', 'q2'])).toBe('/toolkits/backend-architect/alternatives/pick?q=q+1&q=q2')
  })

  it('gives a set of roles one comparison address, whatever the order and repeats', () => {
    expect(comparePath(['ml-engineer', 'data-engineer', 'ml-engineer'])).toBe('/compare/data-engineer-vs-ml-engineer')
  })
})

describe('readCompareAddress: what /compare/<set> names, before any database read', () => {
  it.each([
    ['data-engineer-vs-ml-engineer', { kind: 'page', slugs: ['data-engineer', 'ml-engineer'] }],
    ['ml-engineer-vs-data-engineer', { kind: 'moved', slugs: ['data-engineer', 'ml-engineer'] }],
    ['a-vs-b-vs-a', { kind: 'moved', slugs: ['a', 'b'] }],
    ['a-vs-b-vs-c-vs-d', { kind: 'page', slugs: ['a', 'b', 'c', 'd'] }],
    ['a', { kind: 'count', slugs: ['a'] }],
    ['a-vs-a', { kind: 'count', slugs: ['a'] }],
    ['a-vs-b-vs-c-vs-d-vs-e', { kind: 'count', slugs: ['a', 'b', 'c', 'd', 'e'] }],
    ['a-vs-', { kind: 'invalid' }],
    ['A-vs-b', { kind: 'invalid' }],
    ['a%20b-vs-c', { kind: 'invalid' }],
    // "a-vs" + "b" and "a" + "vs-b" would be written alike: no role's slug has the word "vs".
    ['a-vs-vs-b', { kind: 'invalid' }],
  ])('%s', (set, address) => {
    expect(readCompareAddress(set)).toEqual(address)
  })
})

describe('a role’s slug and comparison addresses', () => {
  it.each(['dev-vs-ops', 'vs-code-developer', 'data-vs', 'vs'])('refuses %s, which would make a comparison address ambiguous', (slug) => {
    expect(splitsComparisons(slug)).toBe(true)
    expect(ROLE_SLUG.validate(slug)).toMatch(/cannot contain the word "vs"/)
  })

  it.each(['devops-engineer', 'vscode-developer', 'canvas-vsphere-admin', 'versus'])('accepts %s', (slug) => {
    expect(splitsComparisons(slug)).toBe(false)
    expect(ROLE_SLUG.validate(slug)).toBe(true)
  })

  it('derives a slug that spells the word out, so a role named "Dev vs Ops" can be compared', () => {
    expect(ROLE_SLUG.derive('Dev vs Ops')).toBe('dev-versus-ops')
    expect(ROLE_SLUG.derive('VS Code vs. Vim vs Emacs')).toBe('versus-code-versus-vim-versus-emacs')
    expect(comparableSlug('devops-engineer')).toBe('devops-engineer')
    expect(readCompareAddress(comparePath(['qa', ROLE_SLUG.derive('Dev vs Ops')]).slice('/compare/'.length))).toEqual({
      kind: 'page',
      slugs: ['dev-versus-ops', 'qa'],
    })
  })
})
