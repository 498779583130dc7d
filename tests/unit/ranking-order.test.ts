import { describe, expect, it } from 'vitest'

import { inOrder, reorderedIds, sameContentApartFromOrder } from '@/collections/Roles/rankingOrder'

/** The pure rules behind "marketing reorders the ranking, and nothing else". */
const rows = (...ids: string[]) => ids.map((id) => ({ id, pitch: `Pitch ${id}` }))

describe('reorderedIds: the rows sent must be the stored rows, each once, in any order', () => {
  const stored = rows('a', 'b', 'c')

  it.each([
    ['the same order', ['a', 'b', 'c']],
    ['a new order', ['c', 'a', 'b']],
  ])('accepts %s', (_label, ids) => {
    expect(reorderedIds(ids.map((id) => ({ id })), [stored])).toEqual(ids)
  })

  it.each([
    ['a new row (no id)', [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { pitch: 'New' }]],
    ['a row left out', [{ id: 'a' }, { id: 'b' }]],
    ['a row sent twice', [{ id: 'a' }, { id: 'b' }, { id: 'b' }]],
    ['an unknown id', [{ id: 'a' }, { id: 'b' }, { id: 'z' }]],
    ['nothing', []],
    ['not a list', 'a,b,c'],
    ['rows that are not objects', ['a', 'b', 'c']],
  ])('refuses %s', (_label, sent) => {
    expect(reorderedIds(sent, [stored])).toBeUndefined()
  })

  it('accepts the rows of either stored ranking: the latest draft’s or the live page’s', () => {
    const live = rows('a', 'b')
    const draft = rows('a', 'b', 'd')
    expect(reorderedIds([{ id: 'b' }, { id: 'a' }], [draft, live])).toEqual(['b', 'a'])
    expect(reorderedIds([{ id: 'd' }, { id: 'b' }, { id: 'a' }], [draft, live])).toEqual(['d', 'b', 'a'])
    expect(reorderedIds([{ id: 'd' }, { id: 'a' }], [draft, live])).toBeUndefined()
  })

  it('accepts an empty ranking only where none is stored', () => {
    expect(reorderedIds([], [[], null])).toEqual([])
  })
})

describe('inOrder: stored rows in the order sent', () => {
  it('keeps each row’s own content and follows the order', () => {
    expect(inOrder(rows('a', 'b', 'c'), ['c', 'a', 'b'])).toEqual(rows('c', 'a', 'b'))
  })

  it('puts rows the order does not name last, in their own order', () => {
    expect(inOrder(rows('a', 'x', 'b', 'y'), ['b', 'a'])).toEqual(rows('b', 'a', 'x', 'y'))
  })

  it('ignores ids of rows it does not hold', () => {
    expect(inOrder(rows('a', 'b'), ['d', 'b', 'a'])).toEqual(rows('b', 'a'))
  })
})

describe('sameContentApartFromOrder: is a draft anything more than a new order?', () => {
  const live = { id: '1', updatedAt: '2026-01-01', _status: 'published', name: 'Role', alternatives: rows('a', 'b') }

  it('is the same when only the order, the status or the timestamps differ', () => {
    const draft = { ...live, updatedAt: '2026-02-02', _status: 'draft', alternatives: rows('b', 'a') }
    expect(sameContentApartFromOrder(draft, live)).toBe(true)
  })

  it('treats null, empty text and empty lists as the same nothing', () => {
    expect(sameContentApartFromOrder({ ...live, tagline: null, bestFor: [] }, { ...live, tagline: '' })).toBe(true)
  })

  it('differs on any other change, a row’s content included', () => {
    expect(sameContentApartFromOrder({ ...live, name: 'Renamed' }, live)).toBe(false)
    expect(sameContentApartFromOrder({ ...live, alternatives: [{ id: 'a', pitch: 'New pitch' }, rows('b')[0]] }, live)).toBe(false)
  })
})
