/** Where the admin's activity view lives, under the admin route (payload.config.ts registers it). */
export const ACTIVITY_PATH = '/activity'
