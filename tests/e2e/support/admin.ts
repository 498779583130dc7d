import { deriveSetupCode } from '../../../security/setupCode'

export const ADMIN_EMAIL = 'first-admin@example.test'
export const ADMIN_PASSWORD = 'e2e-admin-password-1'
export const ADMIN_STORAGE_STATE = 'tests/.tmp/admin-storage-state.json'

/**
 * The e2e server runs with this PAYLOAD_SECRET (playwright.config.ts), so the setup computes the
 * first-admin setup code exactly as the server does, instead of reading it from the server's log.
 */
export const E2E_PAYLOAD_SECRET = 'e2e-payload-secret-not-for-production'
export const E2E_SETUP_CODE = deriveSetupCode(E2E_PAYLOAD_SECRET)
