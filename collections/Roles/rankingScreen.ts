import type { DocumentTabCondition, EditConfigWithoutRoot, Field, Tab } from 'payload'
import { fieldAffectsData } from 'payload/shared'

import { hiddenFromMarketingField } from '../shared/hiddenFromMarketing'
import { mayOnlyReorderRanking, RANKING_FIELD } from './access'

/**
 * Marketing's ranking screen is the role's own edit view, stripped to its one job (./access.ts): the
 * ranking's rows as a drag list, the page beside it in live preview and "Publish changes"
 * (components/admin/RankingField.tsx opens the preview and drops the rows' own fields). So document
 * locking, versions and the server's rules stay Payload's and ours, not a copy. Editors' and admins'
 * view is unchanged.
 *
 * Everything else is hidden from marketing with `admin.condition`, not only made read-only. A hidden
 * field keeps its value in the form, so saves are as before; Payload does not validate it, and
 * marketing's writes are rebuilt from the stored, validated role anyway (hooks/keepMarketingToRanking.ts).
 * A tab is hidden as a whole: a condition on a required field would make it optional in
 * payload-types.ts, GraphQL and the database, so one outside a hidden tab is refused here.
 */
export function onlyTheRankingForMarketing(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('name' in field && field.name === RANKING_FIELD) return field
    if (!holdsRanking([field])) return hideFromMarketing(field)
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab): Tab =>
          holdsRanking(tab.fields)
            ? { ...tab, fields: onlyTheRankingForMarketing(tab.fields) }
            : { ...tab, admin: { ...tab.admin, condition: hiddenFromMarketingField(tab.admin?.condition) } },
        ),
      }
    }
    return 'fields' in field ? ({ ...field, fields: onlyTheRankingForMarketing(field.fields) } as Field) : field
  })
}

function holdsRanking(fields: Field[]): boolean {
  return fields.some(
    (field) =>
      ('name' in field && field.name === RANKING_FIELD) ||
      ('fields' in field && holdsRanking(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => holdsRanking(tab.fields))),
  )
}

function hideFromMarketing(field: Field): Field {
  // Already out of every view (the timestamps): a condition would only make it optional in the types.
  if (field.admin && 'hidden' in field.admin && field.admin.hidden) return field
  if (fieldAffectsData(field) && 'required' in field && field.required) {
    throw new Error(`Roles: "${field.name}" is required, so hide it from marketing with its tab rather than its own condition.`)
  }
  return { ...field, admin: { ...field.admin, condition: hiddenFromMarketingField(field.admin?.condition) } } as Field
}

const notMarketing: DocumentTabCondition = ({ req }) => !mayOnlyReorderRanking(req.user)

/**
 * The edit view's tabs: no Versions or API for marketing (it cannot restore a version, and the API
 * view is for developers). Setting a tab's condition replaces Payload's own, so Versions keeps its
 * check that the user may read versions.
 */
export const documentTabsForEditors: EditConfigWithoutRoot = {
  versions: {
    tab: {
      condition: (args) => Boolean(args.permissions.collections?.[args.collectionConfig.slug]?.readVersions) && notMarketing(args),
    },
  },
  api: { tab: { condition: notMarketing } },
}
