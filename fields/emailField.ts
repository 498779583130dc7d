import type { EmailField, FieldHook } from 'payload'
import { ValidationError } from 'payload'
import { email } from 'payload/shared'

import { EMAIL_MAX_LENGTH, validateMaxLength } from './validators'

/**
 * The auth collection's `email`, merged into Payload's own: bounded in length, and refused when it is
 * not text, before Payload's own hook lower-cases it (which fails on a number).
 */
const refuseNonText: FieldHook = ({ value, collection, req }) => {
  if (value === undefined || value === null || typeof value === 'string') return value
  throw new ValidationError({ collection: collection?.slug, errors: [{ path: 'email', message: 'Enter the email address as text' }], req }, req.t)
}

export const boundedEmailField: EmailField = {
  name: 'email',
  type: 'email',
  hooks: { beforeValidate: [refuseNonText] },
  validate: (value, options) => {
    const length = validateMaxLength(value, EMAIL_MAX_LENGTH)
    return length === true ? email(value, options) : length
  },
}
