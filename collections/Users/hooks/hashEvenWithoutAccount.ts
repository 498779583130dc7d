import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

// Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const HASH_ITERATIONS = 600_000
const HASH_KEY_LENGTH = 32
const pbkdf2Async = promisify(pbkdf2)

/**
 * Payload answers a login for an unknown email, or a locked account, before hashing the password,
 * in a few milliseconds; a login that reaches the hash takes hundreds. The answer is the same, but the
 * delay told a stranger which emails have accounts. Those logins now hash a throw-away password first,
 * so every login costs one password hash.
 */
export const hashEvenWithoutAccount: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  if (typeof email !== 'string' || typeof password !== 'string') return
  const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const reachesPasswordCheck = account !== null && !(account.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (reachesPasswordCheck) return
  await pbkdf2Async(password, randomBytes(32).toString('hex'), HASH_ITERATIONS, HASH_KEY_LENGTH, 'sha256')
}
