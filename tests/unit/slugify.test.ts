import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, slugify } from '@/fields/slugify'

describe('slugify', () => {
  it.each([
    ['Backend Architect', 'backend-architect'],
    ['ML Engineer', 'ml-engineer'],
    ['  Full   Stack -- Developer  ', 'full-stack-developer'],
    ['Node.js', 'node-js'],
    ['C++ & Rust', 'c-plus-plus-and-rust'],
    ['Développeur Résumé', 'developpeur-resume'],
    ['CI/CD Engineer', 'ci-cd-engineer'],
  ])('%j becomes %j', (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  it('always returns a URL-safe slug for text that has letters or digits', () => {
    for (const name of ['Hello, World!', 'Ünïcödé', '100% Remote', 'a__b', 'Sécurité & Réseau']) {
      expect(slugify(name)).toMatch(SLUG_PATTERN)
    }
  })

  it('returns an empty string when nothing URL-safe is left', () => {
    expect(slugify('!!!')).toBe('')
  })
})
