import type { Access, CollectionConfig, Field, FieldAccess, FieldBase } from 'payload'

import { hasUserRole } from '../../access/hasUserRole'
import { isContentEditor } from '../../access/isContentEditor'
import { isStaff } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'

/**
 * Who may change what on a role. This file is the one place that says it.
 *
 * | who        | reads                        | creates, deletes | changes                                                    |
 * |------------|------------------------------|------------------|------------------------------------------------------------|
 * | anonymous  | published roles              | no               | nothing                                                    |
 * | marketing  | every role, drafts, versions | no               | the ORDER of the ranked alternatives, one role at a time: |
 * |            |                              |                  | a draft of it, or a publish of the live page in that order |
 * | editor     | every role, drafts, versions | yes              | everything, publish and unpublish included                 |
 * | admin      | as editor                    | yes              | as editor                                                  |
 *
 * Three pieces hold it, each needed:
 * - `roleAccess` (below): the collection's access. Marketing may update one role by id, never in bulk.
 * - `editorsOnly` (below): field access on every field that holds data, rows of the ranking included,
 *   so Payload drops marketing's values for them and the admin shows them read-only. The ranking array
 *   itself stays open to marketing so its rows can be dragged.
 * - `hooks/keepMarketingToRanking.ts`: marketing's writes. Its ranking must be the stored rows in a new
 *   order (a row added, removed or sent twice: 400; a row's own fields are rebuilt from the stored row,
 *   so edits to them are dropped); a draft save keeps everything else as the latest draft has it; any
 *   other save publishes exactly the live page in the new order (never an editor's draft, which stays
 *   the latest draft) and is refused on a role that was never published; unpublishing and restoring
 *   versions are refused (403).
 * In the admin, marketing gets drag handles only (`components/admin/RankingField.tsx`), no
 * Unpublish (`components/admin/UnpublishForEditors.tsx`) and no Schedule publish or Revert to
 * published (`components/admin/PublishForMarketing.tsx`); Restore is offered only to those who may
 * update roles in general, which marketing may not (it may update one role by id).
 */

/** Who may only reorder the ranking (and publish the order): the rule the hooks and the admin share. */
export const mayOnlyReorderRanking = (user: unknown): boolean => hasUserRole(user, 'marketing')

/** Editors change roles, in bulk too; marketing one role at a time (a bulk write carries no id). */
const mayUpdateRole: Access = ({ req, id }) => isContentEditor({ req }) || (mayOnlyReorderRanking(req.user) && id !== undefined)

export const roleAccess = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isContentEditor,
  update: mayUpdateRole,
  delete: isContentEditor,
} satisfies CollectionConfig['access']

/** The ranking: marketing may reorder its rows, and nothing more. */
export const RANKING_FIELD = 'alternatives'

type FieldAccessRules = NonNullable<FieldBase['access']>

/** Editors only, on top of whatever the field already demands (a timestamp nobody may write stays so). */
function editorsOnlyAccess(existing: FieldAccessRules = {}): FieldAccessRules {
  const andEditor = (rule?: FieldAccess): FieldAccess =>
    rule ? async (args) => isContentEditor(args) && (await rule(args)) : isContentEditor
  return { ...existing, create: andEditor(existing.create), update: andEditor(existing.update) }
}

/**
 * Makes every field that holds data editors-only, however deep (groups, arrays, rows, collapsibles,
 * tabs). Payload ignores access on layout fields (row, collapsible, unnamed tab), so it goes on each
 * data field inside them. `open` names a field left writable whose subfields are still editors-only.
 */
export function editorsOnly(fields: Field[], { open }: { open?: string } = {}): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? { ...tab, access: editorsOnlyAccess(tab.access), fields: editorsOnly(tab.fields, { open }) }
            : { ...tab, fields: editorsOnly(tab.fields, { open }) },
        ),
      }
    }
    const withSubfields = 'fields' in field ? { ...field, fields: editorsOnly(field.fields, { open }) } : field
    if (!('name' in field) || field.type === 'ui') return withSubfields as Field
    if (field.name === open) return withSubfields as Field
    return { ...withSubfields, access: editorsOnlyAccess(field.access) } as Field
  })
}
