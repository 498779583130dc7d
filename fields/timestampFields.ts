import type { DateField, FieldAccess } from 'payload'

/**
 * `createdAt` and `updatedAt` as Payload adds them, declared here so clients cannot write them:
 * field access that says no makes Payload drop the value (REST and GraphQL; the local API, which
 * overrides access, may still set them, as the seed does). Payload then stamps both itself.
 * Same name, type and index as Payload's own, so the database schema does not change.
 */
const setByPayloadOnly: FieldAccess = () => false

function timestamp(name: 'createdAt' | 'updatedAt', label: string): DateField {
  return {
    name,
    label,
    type: 'date',
    index: true,
    access: { create: setByPayloadOnly, update: setByPayloadOnly },
    admin: { disableBulkEdit: true, hidden: true },
  }
}

/** Append to a collection's `fields`, last, where Payload would put its own. */
export const timestampFields: DateField[] = [timestamp('updatedAt', 'Updated at'), timestamp('createdAt', 'Created at')]
