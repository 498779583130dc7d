import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import type { ReferenceLookup } from '../../lib/affectedPaths'
import { isRevalidationOff } from '../../lib/revalidationContext'
import { createReferenceLookup } from './referenceLookup'
import { revalidatePaths } from './revalidatePaths'

interface ShownBefore {
  updatedAt?: string
  paths: string[]
}

type PathsShowing<T> = (snapshots: (T | null | undefined)[], lookup: ReferenceLookup) => Promise<string[]>

interface RevalidationHooks {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  beforeDelete: CollectionBeforeDeleteHook
  afterDelete: CollectionAfterDeleteHook
}

/**
 * Hooks that refresh every public page a document showed on before a write and shows on after it.
 * "Before" is read from the stored (published) document ahead of the write, so an unpublish, a slug
 * change or a deletion also refreshes the pages the document is leaving.
 */
export function revalidatePublicPages<T extends TypeWithID & { updatedAt?: string }>(
  collection: CollectionSlug,
  pathsShowing: PathsShowing<T>,
): RevalidationHooks {
  const contextKey = (id: string | number) => `revalidate:${collection}:${id}:before`

  // The stored document is what visitors see: a draft save leaves it untouched (drafts live in versions).
  const readStored = (id: string | number, req: PayloadRequest) =>
    req.payload.db.findOne<T>({ collection, where: { id: { equals: id } }, req })

  async function snapshotBefore(id: string | number, req: PayloadRequest): Promise<ShownBefore> {
    const stored = await readStored(id, req)
    return { updatedAt: stored?.updatedAt, paths: await pathsShowing([stored], createReferenceLookup(req)) }
  }

  return {
    beforeChange: async ({ operation, originalDoc, req, context, data }) => {
      if (operation === 'update' && originalDoc && !isRevalidationOff(context)) {
        context[contextKey(originalDoc.id)] = await snapshotBefore(originalDoc.id, req)
      }
      return data
    },
    afterChange: async ({ doc, req, context }) => {
      if (isRevalidationOff(context)) return doc
      const before = context[contextKey(doc.id)] as ShownBefore | undefined
      const stored = await readStored(doc.id, req)
      // A draft save: nothing public changed.
      if (before && stored?.updatedAt === before.updatedAt) return doc
      const after = await pathsShowing([stored], createReferenceLookup(req))
      revalidatePaths([...new Set([...(before?.paths ?? []), ...after])], req.payload)
      return doc
    },
    // References are read before the delete: it removes the relationship rows that point here.
    beforeDelete: async ({ id, req, context }) => {
      if (!isRevalidationOff(context)) context[contextKey(id)] = await snapshotBefore(id, req)
    },
    afterDelete: async ({ id, req, context }) => {
      if (isRevalidationOff(context)) return
      revalidatePaths((context[contextKey(id)] as ShownBefore | undefined)?.paths ?? [], req.payload)
    },
  }
}
