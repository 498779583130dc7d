import type { FieldHook, TextField, TypeWithID } from 'payload'

import { readLiveDocument } from '../collections/shared/liveDocument'
import { slugify } from './slugify'
import { comparableSlug } from '../lib/paths'
import { isDraftSave, SLUG_MAX_LENGTH, validateRoleSlug, validateSlug, type ValidationResult } from './validators'
import { uniqueText } from './uniqueText'

/** A collection's own rule for its slugs, on top of the URL-safe one: how a name becomes one, and what else is refused. */
export interface SlugRule {
  derive: (text: string) => string
  validate: (slug: unknown) => ValidationResult
}

const ANY_SLUG: SlugRule = { derive: slugify, validate: validateSlug }

/** A role's slug names it in comparison addresses too, so it never contains their word "vs" (lib/paths.ts). */
export const ROLE_SLUG: SlugRule = { derive: (text) => comparableSlug(slugify(text)), validate: validateRoleSlug }

/**
 * A unique, URL-safe slug, derived from `sourceField` when left empty, and kept in step with it while
 * the document is not published. A slug typed by hand is checked, not rewritten, so an editor never
 * gets a different address than the one they typed.
 */
export function slugField(sourceField: string, description: string, rule: SlugRule = ANY_SLUG): TextField {
  return uniqueText({
    name: 'slug',
    type: 'text',
    index: true,
    maxLength: SLUG_MAX_LENGTH,
    admin: { position: 'sidebar', description },
    hooks: {
      beforeValidate: [deriveSlug(sourceField, rule.derive)],
    },
    validate: (value: unknown, options: { siblingData: Record<string, unknown> }) => {
      if (value !== undefined && value !== null && value !== '') return rule.validate(value)
      // A draft may wait for its name; anything else needs a name or a slug.
      return options.siblingData?.[sourceField] || isDraftSave(options) ? true : 'A slug is required: fill in the name or the slug'
    },
  })
}

function deriveSlug(sourceField: string, derive: SlugRule['derive']): FieldHook {
  return async ({ value, siblingData, originalDoc, operation, collection, req }) => {
    const source: unknown = siblingData?.[sourceField]
    const derived = typeof source === 'string' ? derive(source) : undefined
    const sent = typeof value === 'string' ? value.trim() : ''
    if (sent === '') return derived ?? value
    if (derived === undefined || derived === sent || operation !== 'update' || !collection || !originalDoc) return sent
    // The admin's form takes the slug derived on an autosave back into its untouched slug field and sends
    // it with the next one: a slug that is still the one derived from the stored name follows the name,
    // until a page is live at its address.
    const untouched = sent === originalDoc.slug && sent === derive(String(originalDoc[sourceField] ?? ''))
    if (!untouched) return sent
    const live = await readLiveDocument<TypeWithID & { _status?: string | null }>(collection.slug, originalDoc.id, req)
    return live?._status === 'published' ? sent : derived
  }
}
