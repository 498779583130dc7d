import path from 'node:path'

import { env } from '../lib/env'
import { deriveSetupCode, localSetupCode } from './setupCode'

/** Where the code lives with the local default secret: beside the embedded database, never committed. */
const LOCAL_CODE_FILE = path.resolve('data/.first-admin-setup-code')

/**
 * The code that creating the first administrator requires (security/setupCode.ts): derived from
 * PAYLOAD_SECRET when it is set, so every instance agrees; otherwise random, kept in LOCAL_CODE_FILE.
 * Read on each use, so deleting the file gives a fresh code at the next start.
 */
export function firstAdminSetupCode(): string {
  return env.usesLocalPayloadSecret ? localSetupCode(LOCAL_CODE_FILE) : deriveSetupCode(env.payloadSecret)
}
