export const ADMIN_EMAIL = 'first-admin@example.test'
export const ADMIN_PASSWORD = 'e2e-admin-password-1'
export const ADMIN_STORAGE_STATE = 'tests/.tmp/admin-storage-state.json'
