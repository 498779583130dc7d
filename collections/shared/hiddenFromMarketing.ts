import type { ClientUser } from 'payload'

import { mayOnlyReorderRanking } from '../Roles/access'

/**
 * Keeps a collection out of marketing's admin (navigation, dashboard and the collection's views):
 * marketing reorders rankings and nothing else (collections/Roles/access.ts), so tools, questions,
 * redirects, media and the users list are noise to it. The API still follows the collections' access.
 */
export const hiddenFromMarketing = ({ user }: { user: ClientUser }): boolean => mayOnlyReorderRanking(user)
