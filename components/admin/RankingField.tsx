'use client'

import { ArrayField, useAuth, useDocumentTitle, useFormFields, useLivePreviewContext } from '@payloadcms/ui'
import type { ArrayFieldClientComponent } from 'payload'
import { useEffect } from 'react'

import { mayOnlyReorderRanking } from '@/collections/Roles/access'

/**
 * The ranking's array field. Editors get Payload's own. Marketing may only reorder (see
 * collections/Roles/access.ts), on a screen that shows nothing else (collections/Roles/rankingScreen.ts):
 * here its rows are their labels ("2. Backend Engineer") with drag handles, and a row menu of "Move up"
 * and "Move down" for the keyboard (app/(payload)/custom.scss hides the rest). No row fields (their
 * values stay in the form), no "Add", no paste; and the live preview opens beside the list, so each
 * reorder shows on the page once autosave has stored it. The preview opens at the ranking, which
 * scrolls the admin's own header (and the role's name) out of view, so the list names the role itself.
 */
export const RankingField: ArrayFieldClientComponent = (props) => {
  const { user } = useAuth()
  const reorderOnly = mayOnlyReorderRanking(user)
  const rowCount = useFormFields(([fields]) => fields[props.path]?.rows?.length ?? 0)
  const { setIsLivePreviewing } = useLivePreviewContext()
  const { title } = useDocumentTitle()
  // On every opening of the screen; marketing may still close it meanwhile.
  useEffect(() => {
    if (reorderOnly) setIsLivePreviewing(true)
  }, [reorderOnly, setIsLivePreviewing])
  if (!reorderOnly) return <ArrayField {...props} />
  // At its row count, Payload's array renders neither "Add" nor the add and duplicate row actions.
  return (
    <div className="ranking-field--reorder-only">
      <ArrayField {...props} field={{ ...props.field, label: `${title}: ranked alternatives`, maxRows: rowCount, fields: [] }} />
    </div>
  )
}
