import type { Field, FieldHook, Plugin } from 'payload'
import { fieldAffectsData, fieldIsVirtual } from 'payload/shared'

/**
 * An empty field reads the same on every database: `null`, or `[]` for a list.
 *
 * SQLite has a column for every field and answers NULL for an empty one; MongoDB stores nothing and
 * Payload leaves the key out (a group comes back as `{}`). Payload keeps the stored value of any key a
 * write leaves out, so on MongoDB saving back an earlier read, or restoring an earlier version, kept
 * what had been filled in since (a learn-more link, a tagline) where SQLite cleared it. An afterRead
 * hook on every stored field fills the gap; it runs before the field's own hooks and before
 * Payload's own read access checks, so what a reader may not see stays hidden.
 */
export const explicitEmptyValues: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: withEmptyValues(collection.fields) })),
})

function withEmptyValues(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withEmptyValues(tab.fields) })) }
    const withSubfields = 'fields' in field ? ({ ...field, fields: withEmptyValues(field.fields) } as Field) : field
    // Payload itself reads a missing group as `{}`; hidden and virtual fields are meant to be absent.
    if (!fieldAffectsData(withSubfields) || withSubfields.type === 'group' || withSubfields.hidden || fieldIsVirtual(withSubfields)) {
      return withSubfields
    }
    const fillEmpty: FieldHook = ({ value }) => (value === undefined ? emptyValueOf(withSubfields) : value)
    return { ...withSubfields, hooks: { ...withSubfields.hooks, afterRead: [fillEmpty, ...(withSubfields.hooks?.afterRead ?? [])] } } as Field
  })
}

/** What SQLite answers for an empty field: an empty list for arrays and has-many fields, else null. */
function emptyValueOf(field: Field): [] | null {
  const isList = field.type === 'array' || field.type === 'blocks' || ('hasMany' in field && field.hasMany === true)
  return isList ? [] : null
}
