import type { Field, FieldAffectingData } from 'payload'
import { fieldAffectsData, tabHasName } from 'payload/shared'

/**
 * Every data field of a document with its value and path (`alternatives.0.learnMore.tool`), through
 * tabs, rows, groups and array rows: what a hook needs to validate a whole document the way Payload's
 * own field validation walks it.
 */
export interface FieldValue {
  field: FieldAffectingData
  value: unknown
  path: string[]
  siblingData: Record<string, unknown>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function collectFieldValues(fields: readonly Field[], data: Record<string, unknown>, path: string[] = []): FieldValue[] {
  const found: FieldValue[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (tabHasName(tab)) {
          const value = data[tab.name]
          if (isRecord(value)) found.push(...collectFieldValues(tab.fields, value, [...path, tab.name]))
        } else {
          found.push(...collectFieldValues(tab.fields, data, path))
        }
      }
      continue
    }
    if (!fieldAffectsData(field)) {
      if ('fields' in field) found.push(...collectFieldValues(field.fields, data, path)) // row, collapsible
      continue
    }
    const value = data[field.name]
    const fieldPath = [...path, field.name]
    found.push({ field, value, path: fieldPath, siblingData: data })
    if (field.type === 'group' && isRecord(value)) {
      found.push(...collectFieldValues(field.fields, value, fieldPath))
    }
    // Rows past the field's own bound are not walked: its validation refuses them first.
    if (field.type === 'array' && Array.isArray(value) && value.length <= (field.maxRows ?? Infinity)) {
      value.forEach((row, index) => {
        if (isRecord(row)) found.push(...collectFieldValues(field.fields, row, [...fieldPath, String(index)]))
      })
    }
  }
  return found
}
