import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The one-time setup code that creating the first administrator requires, so that only someone who can
 * read the server's log (or knows PAYLOAD_SECRET) can claim a fresh site. Pure, with no env access, so
 * the e2e setup derives the code exactly as the server does.
 *
 * - With PAYLOAD_SECRET set, the code is an HMAC of it: every instance of the site (and anyone who holds
 *   the secret) computes the same code, so several servers behind one address agree.
 * - With the local default secret, which is public in this repository, an HMAC would be public too: the
 *   code is random, made once per server process (kept on globalThis, because Next bundles this module
 *   more than once in one process) and printed in that process's log.
 */

/** Crockford's base32: no I, L, O or U, so a code read off a terminal is not mistyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_LENGTH = 8
const DERIVATION_LABEL = 'first-admin-setup-code'

/** 40 bits as eight base32 characters, shown as XXXX-XXXX. */
function formatCode(bytes: Buffer): string {
  let value = bytes.readUIntBE(0, 5)
  let code = ''
  for (let index = 0; index < CODE_LENGTH; index++) {
    code = ALPHABET[value % 32] + code
    value = Math.floor(value / 32)
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** The code every instance sharing this PAYLOAD_SECRET prints and accepts. */
export function deriveSetupCode(payloadSecret: string): string {
  return formatCode(createHmac('sha256', payloadSecret).update(DERIVATION_LABEL).digest())
}

const PROCESS_CODE = Symbol.for('toolkit.firstAdminSetupCode')
type WithProcessCode = typeof globalThis & { [PROCESS_CODE]?: string }

/** A random code, the same for the life of this process. */
export function processSetupCode(): string {
  const store = globalThis as WithProcessCode
  return (store[PROCESS_CODE] ??= formatCode(randomBytes(5)))
}

/** Upper case, without the dash or spaces a person may type or leave out. */
function normalize(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '')
}

/** Whether what the form sent is the expected code, compared in constant time. */
export function setupCodeMatches(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string') return false
  const given = Buffer.from(normalize(submitted))
  const wanted = Buffer.from(normalize(expected))
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}
