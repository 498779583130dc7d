import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The one-time setup code that creating the first administrator requires, so that only someone who can
 * read the server's log (or knows PAYLOAD_SECRET) can claim a fresh site. Pure, with no env access, so
 * the e2e setup derives the code exactly as the server does.
 *
 * - With PAYLOAD_SECRET set, the code is an HMAC of it: every instance of the site (and anyone who holds
 *   the secret) computes the same code, so several servers behind one address agree.
 * - With the local default secret, which is public in this repository, an HMAC would be public too: the
 *   code is random, kept in a file only the server's user may read. A file and not memory, because
 *   Next runs more than one process (`next dev` computes static params in a worker), and each must
 *   print and accept the same code.
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

const CODE_PATTERN = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/

function readCode(file: string): string | undefined {
  try {
    const code = readFileSync(file, 'utf8').trim()
    return CODE_PATTERN.test(code) ? code : undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** The random code kept in `file`, made on first use; concurrent first uses agree on one. */
export function localSetupCode(file: string): string {
  const existing = readCode(file)
  if (existing) return existing
  mkdirSync(path.dirname(file), { recursive: true })
  const code = formatCode(randomBytes(5))
  try {
    writeFileSync(file, `${code}\n`, { flag: 'wx', mode: 0o600 })
    return code
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    // Another process wrote it first; an unreadable leftover is replaced.
    const written = readCode(file)
    if (written) return written
    writeFileSync(file, `${code}\n`, { mode: 0o600 })
    return code
  }
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
