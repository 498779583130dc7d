import type { CollectionSlug, TextField, Validate } from 'payload'

/**
 * A text field that no two documents of its collection may share. The value is looked up before the
 * write, so a duplicate gets the same 400 naming the field on every database and server (a MongoDB
 * test server may not enforce unique indexes); the unique index stays as the backstop for two writes
 * that race each other. For top-level fields: the lookup queries the field by its name.
 */
export function uniqueText(field: TextField): TextField {
  // TextField's validate is typed per variant (one value or many); this wrapper only passes it through.
  const validateOwnRules = (field.validate ?? (() => true)) as Validate
  return {
    ...field,
    unique: true,
    validate: async (value: unknown, options: Parameters<Validate>[1]) => {
      const result = await validateOwnRules(value, options)
      if (result !== true || typeof value !== 'string' || value === '') return result
      return (await isTakenByAnother(field.name, value, options)) ? `"${value}" is taken: this must be unique` : true
    },
  } as TextField
}

async function isTakenByAnother(
  name: string,
  value: string,
  { collectionSlug, id, req }: Parameters<Validate>[1],
): Promise<boolean> {
  if (!collectionSlug) return false
  const { totalDocs } = await req.payload.count({
    collection: collectionSlug as CollectionSlug,
    where: id === undefined ? { [name]: { equals: value } } : { [name]: { equals: value }, id: { not_equals: id } },
    // Every document counts, whoever asks; inside the write's transaction, which sees its own writes.
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
