'use client'

import { ArrayField, useAuth, useFormFields } from '@payloadcms/ui'
import type { ArrayFieldClientComponent } from 'payload'

import { mayOnlyReorderRanking } from '@/collections/Roles/access'

/**
 * The ranking's array field. Editors get Payload's own. Marketing may only reorder (see
 * collections/Roles/access.ts): the rows' fields are read-only through field access, and here the
 * array shows no "Add", no row menu (add below, duplicate, remove, paste) and no paste, only the drag
 * handles (which also move a row from the keyboard: focus, Space, arrow keys, Space).
 */
export const RankingField: ArrayFieldClientComponent = (props) => {
  const { user } = useAuth()
  const rowCount = useFormFields(([fields]) => fields[props.path]?.rows?.length ?? 0)
  if (!mayOnlyReorderRanking(user)) return <ArrayField {...props} />
  // At its row count, Payload's array renders neither "Add" nor the add and duplicate row actions.
  return (
    <div className="ranking-field--reorder-only">
      <ArrayField {...props} field={{ ...props.field, maxRows: rowCount }} />
    </div>
  )
}
