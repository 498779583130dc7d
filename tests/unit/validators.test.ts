import { describe, expect, it } from 'vitest'

import {
  isDraftSave,
  SITE_PATH_MAX_LENGTH,
  SLUG_MAX_LENGTH,
  URL_MAX_LENGTH,
  validateAlternativeRole,
  validateHttpUrl,
  validateMaxLength,
  validateOption,
  validateSitePath,
  validateSlug,
} from '@/fields/validators'

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
    expect(validateMaxLength(null, 10)).toBe(true)
  })

  it.each([[42, /a number/], [{ $gt: '' }, /a object/], [['a'], /a list/], [true, /a boolean/]])('refuses %j, which is not text', (value, says) => {
    expect(validateMaxLength(value, 10)).toMatch(says)
  })
})

describe('validateOption', () => {
  const options = [{ value: 'database' }, { value: 'cloud' }]
  it('accepts an option value, or nothing', () => {
    expect(validateOption('cloud', options)).toBe(true)
    expect(validateOption(undefined, options)).toBe(true)
  })
  it.each([5, 'spreadsheets', ['cloud'], { equals: 'cloud' }])('refuses %j, naming the choices', (value) => {
    expect(validateOption(value, options)).toBe('Invalid choice: use one of database, cloud')
  })
})

describe('length bounds of addresses', () => {
  it('slugs, tool addresses and site paths have a bound', () => {
    expect(validateSlug('a'.repeat(SLUG_MAX_LENGTH))).toBe(true)
    expect(validateSlug('a'.repeat(SLUG_MAX_LENGTH + 1))).toMatch(/100 characters/)
    expect(validateHttpUrl(`https://example.com/${'a'.repeat(URL_MAX_LENGTH)}`)).toMatch(/500 characters/)
    expect(validateSitePath(`/${'a'.repeat(SITE_PATH_MAX_LENGTH)}`)).toMatch(/200 characters/)
  })
  it('a slug or address that is not text is refused as such', () => {
    expect(validateSlug(42)).toMatch(/as text/)
    expect(validateHttpUrl({ $gt: '' })).toMatch(/web address/)
  })
})

describe('isDraftSave', () => {
  it('reads the flag draft validation passes to validators', () => {
    expect(isDraftSave({ isDraftSave: true })).toBe(true)
    expect(isDraftSave({ required: false })).toBe(false)
    expect(isDraftSave(undefined)).toBe(false)
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

  it('lets a draft row wait for its role, but not hold something that is not one', () => {
    expect(validateAlternativeRole(undefined, rows(), 'a', { required: false })).toBe(true)
    expect(validateAlternativeRole({ $gt: '' }, rows(), 'a', { required: false })).toBe('Choose the role to rank')
  })

  it('allows any role while the page’s own role is still being created', () => {
    expect(validateAlternativeRole('b', rows('b'), undefined)).toBe(true)
  })
})
