import { describe, expect, it } from 'vitest'

import { planRedirects } from '@/collections/Roles/redirectRules'

const move = (from: string, to: string) => ({ from, to })

describe('planRedirects', () => {
  it('creates a redirect from each old address to its new one', () => {
    expect(planRedirects([move('/a', '/b')], [], new Set(['/b']))).toEqual({
      create: [move('/a', '/b')],
      retarget: [],
      remove: [],
    })
  })

  it('collapses chains: A→B then B→C stores A→C and B→C', () => {
    const plan = planRedirects([move('/b', '/c')], [move('/a', '/b')], new Set(['/c']))
    expect(plan.retarget).toEqual([move('/a', '/c')])
    expect(plan.create).toEqual([move('/b', '/c')])
  })

  it('never leaves a redirect on an address that is a live page again', () => {
    // A→B, then B moves back to A: the A→B redirect would hide the live page at A.
    const plan = planRedirects([move('/b', '/a')], [move('/a', '/b')], new Set(['/a']))
    expect(plan.remove).toEqual(['/a'])
    expect(plan.create).toEqual([move('/b', '/a')])
    expect(plan.retarget).toEqual([])
  })

  it('removes a redirect whose old address a new page now uses, even with no move', () => {
    expect(planRedirects([], [move('/taken', '/elsewhere')], new Set(['/taken']))).toEqual({
      create: [],
      retarget: [],
      remove: ['/taken'],
    })
  })

  it('ignores a move to the same address', () => {
    expect(planRedirects([move('/a', '/a')], [], new Set(['/a'])).create).toEqual([])
  })

  it('points an existing redirect from the moved address at the new target instead of duplicating it', () => {
    const plan = planRedirects([move('/b', '/c')], [move('/b', '/old')], new Set(['/c']))
    expect(plan.create).toEqual([])
    expect(plan.retarget).toEqual([move('/b', '/c')])
  })
})
