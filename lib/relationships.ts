/**
 * Relationship fields hold an id or, once populated, the document. Narrowing with a guard keeps
 * `as` casts out of the data layer; an unreadable document (a draft, for a visitor) stays an id.
 */
export type Relation = string | { id: string } | null | undefined

export function isPopulated<T extends { id: string }>(value: string | T | null | undefined): value is T {
  return typeof value === 'object' && value !== null
}

export function populatedOnly<T extends { id: string }>(values: readonly (string | T | null | undefined)[] | null | undefined): T[] {
  return (values ?? []).filter(isPopulated)
}

/**
 * The id a relationship value points to. Typed values give a string; a value a client sent, which
 * may be anything, gives the id it holds (string or number) or nothing.
 */
export function idOf(value: Relation): string | undefined
export function idOf(value: unknown): string | number | undefined
export function idOf(value: unknown): string | number | undefined {
  const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : value
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}
