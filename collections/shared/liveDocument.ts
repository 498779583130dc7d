import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, RequestContext, TypeWithID } from 'payload'

/**
 * The live document is the stored one, what visitors see: a draft save leaves it untouched (drafts
 * live in versions). Read inside the write's own transaction.
 */
export function readLiveDocument<T extends TypeWithID>(collection: CollectionSlug, id: string | number, req: PayloadRequest) {
  return req.payload.db.findOne<T>({ collection, where: { id: { equals: id } }, req })
}

/**
 * A step for an afterChange hook that compares the live document before and after an update:
 * `remember` (a beforeChange hook) reads it ahead of the write, `recall` gives it back afterwards
 * (undefined on a create). Each purpose remembers its own copy, so no hook depends on another being
 * wired.
 */
export function liveDocumentBefore<T extends TypeWithID>(purpose: string) {
  const key = (collection: CollectionSlug, id: string | number) => `live-before:${purpose}:${collection}:${id}`
  const remember: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
    if (operation === 'update' && originalDoc) {
      const live = await readLiveDocument<T>(collection.slug, originalDoc.id, req)
      // Stored after the await: a nested local-API call may have replaced req.context meanwhile.
      req.context[key(collection.slug, originalDoc.id)] = live
    }
    return data
  }
  const recall = (context: RequestContext, collection: CollectionSlug, id: string | number) =>
    context[key(collection, id)] as T | null | undefined
  return { remember, recall }
}
