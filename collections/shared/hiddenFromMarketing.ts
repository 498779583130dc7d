import type { ClientUser, Condition } from 'payload'

import { mayOnlyReorderRanking } from '../Roles/access'

/**
 * Keeps a collection out of marketing's admin (navigation, dashboard and the collection's views):
 * marketing reorders rankings and nothing else (collections/Roles/access.ts), so tools, questions,
 * redirects, media and the users list are noise to it. The API still follows the collections' access.
 */
export const hiddenFromMarketing = ({ user }: { user: ClientUser }): boolean => mayOnlyReorderRanking(user)

/**
 * The same for a field or tab: an `admin.condition` that hides it from marketing, on top of the
 * field's own condition. Payload evaluates conditions on the server, with the signed-in user.
 */
export function hiddenFromMarketingField(condition?: Condition): Condition {
  return (data, siblingData, args) => !mayOnlyReorderRanking(args.user) && (condition ? condition(data, siblingData, args) : true)
}
