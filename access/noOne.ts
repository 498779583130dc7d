import type { AccessRule } from './hasUserRole'

/** For values only the server sets (a hook): no request may write them, whoever sends it. */
export const noOne: AccessRule = () => false
