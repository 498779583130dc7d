import { describe, expect, it } from 'vitest'

import { checkGraphQLQuery, withoutSuggestions } from '@/security/graphqlLimits'
import { checkQueryString, jsonNestingDepth, parseJsonObject, readBodyCapped } from '@/security/requestGuard'
import { GRAPHQL_MAX_DEPTH, JSON_MAX_DEPTH } from '@/security/requestLimits'

/** The request guard's pure checks; the route handlers around them are tested in tests/int/hostile-input. */
describe('checkQueryString', () => {
  it.each([
    '',
    '?depth=0&limit=10&page=1&sort=-updatedAt',
    '?where[slug][equals]=devops-engineer&draft=true',
    '?where[or][0][and][0][name][like]=dev&where[or][1][slug][in][]=a&where[or][1][slug][in][]=b',
    '?where[id][not_in][0]=a&where[id][not_in][1]=b&select[name]=true',
    '?where[alternatives.role][in]=a,b',
  ])('lets %s through', (search) => {
    expect(() => checkQueryString(search)).not.toThrow()
  })

  it.each([
    ['?page=99999999999999999999', /page/],
    ['?page=0', /page/],
    ['?limit=-1', /limit/],
    ['?limit=100000', /limit/],
    ['?depth=abc', /depth/],
    ['?depth[x]=1', /depth/],
    ['?where[slug][equals][]=a&where[slug][equals][]=b', /equals operator takes one value/],
    ['?where[slug][equals]=a&where[slug][equals]=b', /more than once/],
    ['?where[slug]=x', /no operator/],
    ['?where[slug][near]=1,2', /no operator/],
    ['?where[slug][equals]=%ZZ', /percent-encoding/],
    [`?sort=${'x'.repeat(9000)}`, /longer than/],
  ])('refuses %s', (search, says) => {
    expect(() => checkQueryString(search)).toThrow(says)
  })
})

describe('JSON bodies', () => {
  it('counts nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonNestingDepth('{"a":[{"b":"[[[["}]}')).toBe(3)
    expect(jsonNestingDepth('['.repeat(100_000))).toBe(100_000)
  })

  it('accepts an object and refuses null, lists, scalars, broken and too deep JSON', () => {
    expect(parseJsonObject('{"name":"x"}', 'The body')).toEqual({ name: 'x' })
    for (const text of ['null', '[]', '7', '"x"']) expect(() => parseJsonObject(text, 'The body')).toThrow(/JSON object/)
    expect(() => parseJsonObject('{"a":', 'The body')).toThrow(/not valid JSON/)
    expect(() => parseJsonObject(`{"a":${'['.repeat(JSON_MAX_DEPTH)}${']'.repeat(JSON_MAX_DEPTH)}}`, 'The body')).toThrow(/nests deeper/)
  })
})

describe('readBodyCapped', () => {
  it('refuses from Content-Length without reading, and stops a longer stream at the bound', async () => {
    let pulls = 0
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls++
          controller.enqueue(new Uint8Array(1024))
        },
      })
    const declared = new Request('http://x/api/roles', { method: 'POST', body: endless(), headers: { 'content-length': '999999999' }, duplex: 'half' } as RequestInit)
    await expect(readBodyCapped(declared, 10_000)).rejects.toThrow(/larger than 10000 bytes/)
    expect(pulls).toBeLessThanOrEqual(1)

    pulls = 0
    const streamed = new Request('http://x/api/roles', { method: 'POST', body: endless(), duplex: 'half' } as RequestInit)
    await expect(readBodyCapped(streamed, 10_000)).rejects.toThrow(/larger than/)
    expect(pulls).toBeLessThanOrEqual(12)
  })
})

describe('checkGraphQLQuery', () => {
  it('accepts an ordinary query', () => {
    expect(checkGraphQLQuery('query { Roles(limit: 5) { docs { id name alternatives { role { name } } } } }')).toEqual({ ok: true })
  })

  it.each([
    ['query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', /fragment cycle/],
    ['query { ...A } fragment A on Query { ...A }', /fragment cycle/],
    [`query { ${'a { '.repeat(GRAPHQL_MAX_DEPTH + 1)}b${' }'.repeat(GRAPHQL_MAX_DEPTH + 1)} }`, /levels deep/],
    [`query { a { ...F0 } } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on A { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F20 on A { id }`, /selects/],
    [`query { ${'a '.repeat(3000)} }`, /could not be parsed/],
    ['subscription { x }', /Subscriptions/],
    ['query {', /could not be parsed/],
  ])('refuses %#', (query, says) => {
    const check = checkGraphQLQuery(query)
    expect(check.ok).toBe(false)
    expect(check.ok ? '' : check.message).toMatch(says)
  })

  it('drops "Did you mean" suggestions from messages', () => {
    expect(withoutSuggestions('Cannot query field "nam" on type "Role". Did you mean "name"?')).toBe('Cannot query field "nam" on type "Role".')
  })
})
