import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  TypeWithID,
} from 'payload'

import { liveDocumentBefore, readLiveDocument } from '../../collections/shared/liveDocument'
import type { PathsShowing } from './affectedPaths'
import { isRevalidationOff } from './revalidationContext'
import { createReferenceLookup } from './referenceLookup'
import { revalidatePaths } from './revalidatePaths'

type Stored = TypeWithID & { updatedAt?: string }

interface RevalidationHooks {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  beforeDelete: CollectionBeforeDeleteHook
  afterDelete: CollectionAfterDeleteHook
}

/**
 * Hooks that refresh every public page a document showed on before a write and shows on after it.
 * "Before" is the live (published) document read ahead of the write, so an unpublish, a slug change
 * or a deletion also refreshes the pages the document is leaving.
 */
export function revalidatePublicPages<T extends Stored>(collection: CollectionSlug, pathsShowing: PathsShowing<T>): RevalidationHooks {
  const liveBefore = liveDocumentBefore<T>('revalidation')
  const deletedPathsKey = (id: string | number) => `paths-before-delete:${collection}:${id}`

  const afterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
    if (isRevalidationOff(context)) return doc
    const before = liveBefore.recall(context, collection, doc.id)
    const after = await readLiveDocument<T>(collection, doc.id, req)
    // A draft save: nothing public changed.
    if (before && after?.updatedAt === before.updatedAt) return doc
    await revalidatePaths(await pathsShowing({ before, after }, createReferenceLookup(req)), req)
    return doc
  }
  // References are read before the delete: it removes the relationship rows that point here.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
    if (isRevalidationOff(context)) return
    const before = await readLiveDocument<T>(collection, id, req)
    const paths = await pathsShowing({ before }, createReferenceLookup(req))
    // Stored after the awaits: a nested local-API call may have replaced req.context meanwhile.
    req.context[deletedPathsKey(id)] = paths
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req, context }) => {
    if (isRevalidationOff(context)) return
    await revalidatePaths((context[deletedPathsKey(id)] as string[] | undefined) ?? [], req)
  }
  return { beforeChange: liveBefore.remember, afterChange, beforeDelete, afterDelete }
}
