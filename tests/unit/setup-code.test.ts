import { describe, expect, it } from 'vitest'

import { deriveSetupCode, processSetupCode, setupCodeMatches } from '@/lib/setupCode'

describe('the first-admin setup code', () => {
  it('is eight unambiguous characters shown as XXXX-XXXX', () => {
    expect(deriveSetupCode('some-secret')).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(processSetupCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
  })

  it('is the same for every instance that shares PAYLOAD_SECRET, and differs with another secret', () => {
    expect(deriveSetupCode('shared-secret')).toBe(deriveSetupCode('shared-secret'))
    expect(deriveSetupCode('shared-secret')).not.toBe(deriveSetupCode('another-secret'))
  })

  it('without a secret of its own, stays the same for the life of the process', () => {
    expect(processSetupCode()).toBe(processSetupCode())
  })

  it('accepts the code as typed: lower case, without the dash, with spaces around', () => {
    const code = deriveSetupCode('shared-secret')
    expect(setupCodeMatches(code, code)).toBe(true)
    expect(setupCodeMatches(` ${code.toLowerCase().replace('-', '')} `, code)).toBe(true)
  })

  it.each([undefined, null, 42, '', 'AAAA-AAAA', 'AAAA'])('refuses %j', (submitted) => {
    expect(setupCodeMatches(submitted, deriveSetupCode('shared-secret'))).toBe(false)
  })
})
