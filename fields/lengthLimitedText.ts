import type { TextareaField, TextField } from 'payload'

import { validateMaxLength } from '../lib/validators'

type TextOptions = Omit<TextField, 'type' | 'maxLength' | 'validate' | 'hasMany'>
type TextareaOptions = Omit<TextareaField, 'type' | 'maxLength' | 'validate'>

/**
 * Text fields whose length the page layout depends on. The limit shows in the admin, and a longer
 * value is refused with a message that says by how much.
 */
export function limitedText(maxLength: number, field: TextOptions): TextField {
  return {
    ...field,
    type: 'text',
    maxLength,
    validate: (value: string | null | undefined, { required }: { required?: boolean }) =>
      required && !value ? 'This field is required' : validateMaxLength(value, maxLength),
  } as TextField
}

export function limitedTextarea(maxLength: number, field: TextareaOptions): TextareaField {
  return {
    ...field,
    type: 'textarea',
    maxLength,
    validate: (value: string | null | undefined, { required }: { required?: boolean }) =>
      required && !value ? 'This field is required' : validateMaxLength(value, maxLength),
  } as TextareaField
}
