import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  PayloadRequest,
  RequestContext,
  TypeWithID,
} from 'payload'

import type { ReferenceLookup } from '../../lib/affectedPaths'
import { isRevalidationOff } from '../../lib/revalidationContext'
import { createReferenceLookup } from './referenceLookup'
import { revalidatePaths } from './revalidatePaths'

type PathsShowing<T> = (snapshots: (T | null | undefined)[], lookup: ReferenceLookup) => Promise<string[]>

/** Shaped like a collection's `hooks`, so a collection can use it as is or spread it into its own. */
interface RevalidationHooks {
  beforeChange: CollectionBeforeChangeHook[]
  afterChange: CollectionAfterChangeHook[]
  beforeDelete: CollectionBeforeDeleteHook[]
  afterDelete: CollectionAfterDeleteHook[]
}

type Stored = TypeWithID & { updatedAt?: string }

const storedKey = (collection: CollectionSlug, id: string | number) => `stored-before:${collection}:${id}`
const deletedPathsKey = (collection: CollectionSlug, id: string | number) => `paths-before-delete:${collection}:${id}`

// The stored document is what visitors see: a draft save leaves it untouched (drafts live in versions).
function readStored<T extends Stored>(collection: CollectionSlug, id: string | number, req: PayloadRequest) {
  return req.payload.db.findOne<T>({ collection, where: { id: { equals: id } }, req })
}

/** The stored document as it was before the current update (recorded by the beforeChange hook below). */
export function storedDocumentBefore<T extends Stored>(context: RequestContext, collection: CollectionSlug, id: string | number) {
  return context[storedKey(collection, id)] as T | null | undefined
}

/**
 * Hooks that refresh every public page a document showed on before a write and shows on after it.
 * "Before" is the stored (published) document read ahead of the write, so an unpublish, a slug change
 * or a deletion also refreshes the pages the document is leaving.
 */
export function revalidatePublicPages<T extends Stored>(collection: CollectionSlug, pathsShowing: PathsShowing<T>): RevalidationHooks {
  // Values are stored on req.context after the awaits: a nested local-API call may have replaced it.
  const beforeChange: CollectionBeforeChangeHook = async ({ operation, originalDoc, req, data }) => {
      if (operation === 'update' && originalDoc) {
        const stored = await readStored<T>(collection, originalDoc.id, req)
        req.context[storedKey(collection, originalDoc.id)] = stored
      }
      return data
    }
  const afterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
      if (isRevalidationOff(context)) return doc
      const before = storedDocumentBefore<T>(context, collection, doc.id)
      const after = await readStored<T>(collection, doc.id, req)
      // A draft save: nothing public changed.
      if (before && after?.updatedAt === before.updatedAt) return doc
      await revalidatePaths(await pathsShowing([before, after], createReferenceLookup(req)), req)
      return doc
    }
  // References are read before the delete: it removes the relationship rows that point here.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
      if (isRevalidationOff(context)) return
      const stored = await readStored<T>(collection, id, req)
      const paths = await pathsShowing([stored], createReferenceLookup(req))
      req.context[deletedPathsKey(collection, id)] = paths
    }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req, context }) => {
      if (isRevalidationOff(context)) return
      await revalidatePaths((context[deletedPathsKey(collection, id)] as string[] | undefined) ?? [], req)
    }
  return { beforeChange: [beforeChange], afterChange: [afterChange], beforeDelete: [beforeDelete], afterDelete: [afterDelete] }
}
