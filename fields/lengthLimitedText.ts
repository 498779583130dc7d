import { validations, type RichTextField, type TextareaField, type TextField } from 'payload'

import { validateMaxLength } from './validators'

type TextOptions = Omit<TextField, 'type' | 'maxLength' | 'validate' | 'hasMany'>
type TextareaOptions = Omit<TextareaField, 'type' | 'maxLength' | 'validate'>
type RichTextOptions = Omit<RichTextField, 'type' | 'validate'>

/**
 * Text fields whose length the page layout depends on. The limit shows in the admin, and a longer
 * value is refused with a message that says by how much.
 */
export function limitedText(maxLength: number, field: TextOptions): TextField {
  return { ...field, type: 'text', maxLength, validate: requiredWithin(maxLength) } as TextField
}

export function limitedTextarea(maxLength: number, field: TextareaOptions): TextareaField {
  return { ...field, type: 'textarea', maxLength, validate: requiredWithin(maxLength) } as TextareaField
}

function requiredWithin(maxLength: number) {
  return (value: string | null | undefined, { required }: { required?: boolean }) =>
    required && !value ? 'This field is required' : validateMaxLength(value, maxLength)
}

/** The words of a rich text value (Lexical JSON): its text nodes, joined. */
function plainTextOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof text === 'string') return text
  if (root !== undefined) return plainTextOf(root)
  return Array.isArray(children) ? children.map(plainTextOf).join('') : ''
}

/** Rich text bounded by its visible characters; the editor's own checks (valid nodes) still run. */
export function limitedRichText(maxCharacters: number, field: RichTextOptions): RichTextField {
  return {
    ...field,
    type: 'richText',
    validate: async (value, options) => {
      const lengthResult = validateMaxLength(plainTextOf(value), maxCharacters)
      return lengthResult === true ? validations.richText(value, options) : lengthResult
    },
  }
}
