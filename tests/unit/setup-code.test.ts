import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { deriveSetupCode, localSetupCode, setupCodeMatches } from '@/security/setupCode'

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
const folder = mkdtempSync(path.join(tmpdir(), 'setup-code-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('the first-admin setup code', () => {
  it('is eight unambiguous characters shown as XXXX-XXXX', () => {
    expect(deriveSetupCode('some-secret')).toMatch(CODE)
    expect(localSetupCode(path.join(folder, 'format'))).toMatch(CODE)
  })

  it('is the same for every instance that shares PAYLOAD_SECRET, and differs with another secret', () => {
    expect(deriveSetupCode('shared-secret')).toBe(deriveSetupCode('shared-secret'))
    expect(deriveSetupCode('shared-secret')).not.toBe(deriveSetupCode('another-secret'))
  })

  it('without a secret of its own, is random, kept in a file only its owner reads, and the same on every read', () => {
    const file = path.join(folder, 'nested', 'code')
    const code = localSetupCode(file)
    expect(localSetupCode(file)).toBe(code)
    expect(readFileSync(file, 'utf8').trim()).toBe(code)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(localSetupCode(path.join(folder, 'another'))).not.toBe(code)
  })

  it('replaces an unreadable file with a fresh code', () => {
    const file = path.join(folder, 'broken')
    writeFileSync(file, 'not a code')
    expect(localSetupCode(file)).toMatch(CODE)
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
