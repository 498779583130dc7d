import type { ClientUser } from 'payload'

import { mayOnlyReorderRanking } from '../Roles/access'

/**
 * Keeps a collection out of marketing's navigation and dashboard: marketing reorders rankings and
 * nothing else (collections/Roles/access.ts), so tools, questions, redirects and media are noise.
 * Only the admin's menus: what the API allows is the collections' access.
 */
export const hiddenFromMarketing = ({ user }: { user: ClientUser }): boolean => mayOnlyReorderRanking(user)
