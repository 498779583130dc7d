import type { CollectionBeforeChangeHook, CollectionSlug, FieldAffectingData, LabelFunction, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { collectFieldValues } from './fieldValues'
import { idOf } from '../../lib/relationships'
import { DRAFT_SAVE_OPTION } from '../../fields/validators'

/**
 * Two checks Payload leaves out, run before a document is written:
 *
 * - `validateDraft`: Payload skips field validation on draft saves (its `drafts.validate` would also
 *   stop autosave on a new, still incomplete document). This runs every field's own validator on a
 *   draft with `required` off: a draft may be incomplete, never invalid (lengths, types, URL scheme,
 *   slug format, the ranking's rules).
 * - `refuseMissingReferences`: a relationship to a document that does not exist would reach the
 *   database (a foreign-key failure on SQLite, a dangling id on MongoDB); it is refused naming the field.
 */

type FieldError = { path: string; message: string; label?: string | LabelFunction | Record<string, string> }

const labelOf = (field: FieldAffectingData) => (field.label === false || field.label === undefined ? field.name : field.label)

function refuse(collection: string, id: string | number | undefined, errors: FieldError[], req: PayloadRequest): never {
  throw new ValidationError({ collection, id, errors, req }, req.t)
}

const validateDraft: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (data?._status !== 'draft') return data
  const id = (originalDoc as { id?: string | number } | undefined)?.id
  const errors: FieldError[] = []
  for (const { field, value, path, siblingData } of collectFieldValues(collection.fields, data)) {
    const validate = (field as { validate?: unknown }).validate
    if (typeof validate !== 'function') continue
    const result = await validate(value, {
      ...field,
      id,
      collectionSlug: collection.slug,
      data,
      siblingData,
      event: 'submit',
      operation,
      path,
      preferences: { fields: {} },
      previousValue: undefined,
      req,
      required: false,
      [DRAFT_SAVE_OPTION]: true,
    })
    if (typeof result === 'string') errors.push({ path: path.join('.'), message: result, label: labelOf(field) })
  }
  if (errors.length > 0) refuse(collection.slug, id, errors, req)
  return data
}

interface Reference {
  path: string
  label: FieldError['label']
  collection: CollectionSlug
  id: string | number | undefined
}

function referencesIn(collectionFields: Parameters<typeof collectFieldValues>[0], data: Record<string, unknown>): Reference[] {
  const references: Reference[] = []
  for (const { field, value, path } of collectFieldValues(collectionFields, data)) {
    if ((field.type !== 'relationship' && field.type !== 'upload') || typeof field.relationTo !== 'string') continue
    if (value === undefined || value === null) continue
    const values = Array.isArray(value) ? value : [value]
    if (field.maxRows !== undefined && values.length > field.maxRows) continue // its own validation refuses the count
    for (const item of values) {
      if (item === null) continue
      references.push({ path: path.join('.'), label: labelOf(field), collection: field.relationTo, id: idOf(item) })
    }
  }
  return references
}

async function existingIds(req: PayloadRequest, collection: CollectionSlug, ids: (string | number)[]): Promise<Set<string>> {
  const found = new Set<string>()
  const unique = [...new Set(ids.map(String))]
  for (let start = 0; start < unique.length; start += 100) {
    const batch = unique.slice(start, start + 100)
    try {
      const { docs } = await req.payload.find({
        collection,
        where: { id: { in: batch } },
        depth: 0,
        limit: batch.length,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs) found.add(String(doc.id))
    } catch {
      // An id the database cannot even look up (a malformed ObjectId, say) is simply not found.
    }
  }
  return found
}

const refuseMissingReferences: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const references = referencesIn(collection.fields, data)
  const errors: FieldError[] = []
  const byCollection = new Map<CollectionSlug, Reference[]>()
  for (const reference of references) byCollection.set(reference.collection, [...(byCollection.get(reference.collection) ?? []), reference])
  for (const [target, refs] of byCollection) {
    const ids = refs.map((reference) => reference.id).filter((id): id is string | number => id !== undefined)
    const existing = ids.length > 0 ? await existingIds(req, target, ids) : new Set<string>()
    for (const reference of refs) {
      if (reference.id !== undefined && existing.has(String(reference.id))) continue
      if (errors.some((error) => error.path === reference.path)) continue
      const shown = reference.id === undefined ? 'a value that is not an id' : JSON.stringify(reference.id)
      errors.push({ path: reference.path, label: reference.label, message: `Choose an existing item (${shown} does not exist)` })
    }
  }
  if (errors.length > 0) refuse(collection.slug, (originalDoc as { id?: string | number } | undefined)?.id, errors, req)
  return data
}

/** Both checks, in order: a draft's own rules first (they bound list sizes), then its references. */
export const writeValidation = [validateDraft, refuseMissingReferences]
