import { describe, expect, it } from 'vitest'

import { validateAlternativeRole, validateHttpUrl, validateMaxLength, validateSlug } from '@/lib/validators'

describe('validateHttpUrl', () => {
  it.each(['https://www.docker.com', 'http://example.com/path?q=1', 'https://aws.amazon.com/architecture/'])(
    'accepts %s',
    (url) => {
      expect(validateHttpUrl(url)).toBe(true)
    },
  )

  it.each([
    ['javascript:alert(1)', /Only http:\/\/ and https:\/\//],
    ['JaVaScRiPt:alert(1)', /Only http:\/\/ and https:\/\//],
    ['data:text/html,<script>alert(1)</script>', /Only http:\/\/ and https:\/\//],
    ['ftp://files.example.com', /Only http:\/\/ and https:\/\//],
    ['www.docker.com', /full web address/],
    ['', /starting with https:\/\//],
    [undefined, /starting with https:\/\//],
  ])('refuses %j', (url, message) => {
    expect(validateHttpUrl(url)).toMatch(message)
  })
})

describe('validateSlug', () => {
  it('accepts lowercase words joined by hyphens', () => {
    expect(validateSlug('devops-engineer')).toBe(true)
    expect(validateSlug('web3')).toBe(true)
  })

  it.each(['DevOps', 'devops engineer', '-devops', 'devops-', 'dev--ops', 'dévops', '../admin'])('refuses %j', (slug) => {
    expect(validateSlug(slug)).toMatch(/lowercase letters, digits and single hyphens/)
  })
})

describe('validateMaxLength', () => {
  it('accepts text up to the limit and says by how much a longer one is over', () => {
    expect(validateMaxLength('x'.repeat(10), 10)).toBe(true)
    expect(validateMaxLength('x'.repeat(11), 10)).toBe('Keep this to 10 characters or fewer (it has 11)')
    expect(validateMaxLength(undefined, 10)).toBe(true)
  })
})

describe('validateAlternativeRole', () => {
  const rows = (...ids: string[]) => ids.map((role) => ({ role }))

  it('accepts another role ranked once', () => {
    expect(validateAlternativeRole('b', rows('b', 'c'), 'a')).toBe(true)
  })

  it('refuses the page’s own role', () => {
    expect(validateAlternativeRole('a', rows('a'), 'a')).toBe('A role cannot be an alternative to itself')
  })

  it('refuses a role ranked twice, whether given as an id or a populated document', () => {
    expect(validateAlternativeRole('b', [{ role: 'b' }, { role: { id: 'b' } }], 'a')).toMatch(/already ranked/)
  })

  it('asks for a role when none is chosen', () => {
    expect(validateAlternativeRole(undefined, rows(), 'a')).toBe('Choose the role to rank')
  })

  it('allows any role while the page’s own role is still being created', () => {
    expect(validateAlternativeRole('b', rows('b'), undefined)).toBe(true)
  })
})
