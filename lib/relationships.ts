/**
 * Relationship fields hold an id or, once populated, the document. Narrowing with a guard keeps
 * `as` casts out of the data layer; an unreadable document (a draft, for a visitor) stays an id.
 */
export function isPopulated<T extends { id: string }>(value: string | T | null | undefined): value is T {
  return typeof value === 'object' && value !== null
}

export function populatedOnly<T extends { id: string }>(values: readonly (string | T | null | undefined)[] | null | undefined): T[] {
  return (values ?? []).filter(isPopulated)
}

export function idOf(value: string | { id: string } | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'string' ? value : value.id
}
