import type { TextField } from 'payload'

import { slugify } from './slugify'
import { isDraftSave, SLUG_MAX_LENGTH, validateSlug } from './validators'
import { uniqueText } from './uniqueText'

/**
 * A unique, URL-safe slug, derived from `sourceField` when left empty. A slug typed by hand is
 * checked, not rewritten, so an editor never gets a different address than the one they typed.
 */
export function slugField(sourceField: string, description: string): TextField {
  return uniqueText({
    name: 'slug',
    type: 'text',
    index: true,
    maxLength: SLUG_MAX_LENGTH,
    admin: { position: 'sidebar', description },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim()
          const source: unknown = siblingData?.[sourceField]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: unknown, options: { siblingData: Record<string, unknown> }) => {
      if (value !== undefined && value !== null && value !== '') return validateSlug(value)
      // A draft may wait for its name; anything else needs a name or a slug.
      return options.siblingData?.[sourceField] || isDraftSave(options) ? true : 'A slug is required: fill in the name or the slug'
    },
  })
}
