import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  ValidationError,
} from 'payload'

import type { Role } from '@/payload-types'

import { readLiveDocument } from '../../shared/liveDocument'
import { mayOnlyReorderRanking, RANKING_FIELD } from '../access'
import { inOrder, reorderedIds, sameContentApartFromOrder } from '../rankingOrder'

/**
 * Marketing's writes to a role change the order of the ranking and nothing else (see ../access.ts).
 *
 * Field access already drops marketing's values for every other field, but the write would still
 * carry them as the latest draft has them: a save without `draft=true` over an editor's draft would
 * copy that draft into the live page, or take the page offline. So marketing's write is rebuilt here:
 * - the ranking sent must be the stored rows in a new order (the latest draft's rows, which the admin
 *   shows, or the live page's), else 400 naming the field;
 * - a draft save is the latest draft with its rows in that order;
 * - any other save publishes exactly the live page with its rows in that order. An editor's draft
 *   newer than the live page is saved again on top, in the new order, so it is neither published nor
 *   lost. A role that was never published, an unpublish and a version restore are refused (403).
 * Server code acting with `overrideAccess` (seed, scheduled jobs of editors) is not marketing's hand.
 */

type Row = NonNullable<Role['alternatives']>[number]

interface MarketingWrite {
  draft: boolean
  sentStatus: unknown
}

const writeKey = (id: unknown) => `marketing-ranking-write:${String(id)}`
const keptDraftKey = (id: unknown) => `marketing-kept-draft:${String(id)}`

const forbidden = (message: string) => new APIError(message, 403, undefined, true)

/** Notes how marketing called: beforeChange cannot tell a draft save from an unpublish by the data alone. */
const noteMarketingWrite: CollectionBeforeOperationHook<'roles'> = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || !mayOnlyReorderRanking(req.user)) return args
  if (operation === 'restoreVersion') {
    throw forbidden('Only editors can restore an earlier version of a role. Reorder the ranking and publish it instead.')
  }
  if (operation === 'update' && 'id' in args && args.id !== undefined) {
    const sent = 'data' in args ? (args.data as Partial<Role> | undefined) : undefined
    const write: MarketingWrite = { draft: Boolean('draft' in args && args.draft), sentStatus: sent?._status }
    req.context[writeKey(args.id)] = write
  }
  return args
}

/**
 * A stored document's fields for a write, without its id and `updatedAt`, which Payload sets itself.
 * `createdAt` stays: a draft saved without it (autosave updates the draft in place) was later
 * published with an empty creation date, refused by the database with a 500.
 */
function contentOf(doc: Partial<Role>): Partial<Role> {
  const { id: _id, updatedAt: _updatedAt, ...content } = doc
  return content
}

const rebuildMarketingWrite: CollectionBeforeChangeHook<Role> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const write = req.context[writeKey(originalDoc.id)] as MarketingWrite | undefined
  if (!write) return data
  delete req.context[writeKey(originalDoc.id)]

  const latest = originalDoc
  const live = await readLiveDocument<Role>('roles', originalDoc.id, req)
  const order = reorderedIds(data[RANKING_FIELD], [latest[RANKING_FIELD], live?.[RANKING_FIELD]])
  if (!order) {
    throw new ValidationError({
      collection: 'roles',
      errors: [
        {
          path: RANKING_FIELD,
          message:
            'Marketing can only change the order of the ranked alternatives: send the same rows (with their ids), each once, in a new order. Ask an editor to add, remove or edit a row.',
        },
      ],
      req,
    })
  }
  const reorder = (rows: Role['alternatives']): Row[] => inOrder(rows, order)

  if (write.draft && write.sentStatus !== 'published') {
    return { ...contentOf(latest), [RANKING_FIELD]: reorder(latest[RANKING_FIELD]), _status: 'draft' }
  }
  if (write.sentStatus === 'draft') {
    throw forbidden('Only editors can unpublish a role. Marketing can reorder its ranking and publish that.')
  }
  if (live?._status !== 'published') {
    throw forbidden(
      'Only roles that are already published can have their ranking published by marketing. Ask an editor to publish this role first.',
    )
  }
  if (latest._status === 'draft' && !sameContentApartFromOrder(latest, live)) {
    req.context[keptDraftKey(originalDoc.id)] = { ...contentOf(latest), [RANKING_FIELD]: reorder(latest[RANKING_FIELD]), _status: 'draft' }
  }
  return { ...contentOf(live), [RANKING_FIELD]: reorder(live[RANKING_FIELD]), _status: 'published' }
}

/** Puts an editor's unfinished draft back on top of marketing's publish, so the admin still opens it. */
const keepEditorsDraft: CollectionAfterChangeHook<Role> = async ({ doc, req }) => {
  const draft = req.context[keptDraftKey(doc.id)] as Partial<Role> | undefined
  if (!draft) return doc
  delete req.context[keptDraftKey(doc.id)]
  await req.payload.update({ collection: 'roles', id: doc.id, data: draft, draft: true, overrideAccess: true, req })
  return doc
}

export const keepMarketingToRanking = {
  beforeOperation: noteMarketingWrite,
  beforeChange: rebuildMarketingWrite,
  afterChange: keepEditorsDraft,
}
