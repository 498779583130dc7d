/**
 * Pure helpers for "reorder, nothing else": read the order a client sent, and apply it to stored rows.
 * No Payload imports, so they are unit-testable and safe to share.
 */

interface RowWithId {
  id?: string | null
}

const idOf = (row: unknown): unknown => (typeof row === 'object' && row !== null ? (row as RowWithId).id : undefined)

/**
 * The row ids in the order sent, when the rows sent are exactly the rows of one of `storedRankings`
 * (each once, identified by id) in some order; otherwise undefined. A row without an id, an unknown
 * id, a row sent twice or a row left out all make it undefined.
 */
export function reorderedIds(sent: unknown, storedRankings: (readonly RowWithId[] | null | undefined)[]): string[] | undefined {
  if (!Array.isArray(sent)) return undefined
  const ids = sent.map(idOf)
  if (!ids.every((id): id is string => typeof id === 'string' && id !== '')) return undefined
  if (new Set(ids).size !== ids.length) return undefined
  const isPermutationOf = (stored: readonly RowWithId[] | null | undefined) => {
    const storedIds = new Set((stored ?? []).map(({ id }) => id))
    return storedIds.size === ids.length && ids.every((id) => storedIds.has(id))
  }
  return storedRankings.some(isPermutationOf) ? ids : undefined
}

/**
 * `rows` in the order `ids` gives. Rows `ids` does not name keep their relative order after the
 * others (an editor's draft may hold rows the live page does not, and the other way round).
 */
export function inOrder<T extends RowWithId>(rows: readonly T[] | null | undefined, ids: readonly string[]): T[] {
  const position = new Map(ids.map((id, index) => [id, index]))
  const rank = (row: T) => position.get(row.id ?? '') ?? ids.length
  return [...(rows ?? [])].map((row, index) => ({ row, index })).sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index).map(({ row }) => row)
}

/** What the server sets on every save (fields/savedByField.ts among them): not content anyone wrote. */
const SYSTEM_KEYS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'savedBy'])

/** A value in a form two copies can be compared in: keys sorted, ranking rows by id, empty values dropped. */
function comparable(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => comparable(item, key))
    if (key === 'alternatives') items.sort((a, b) => String(idOf(a)).localeCompare(String(idOf(b))))
    return items.length ? items : undefined
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([name, item]) => [name, comparable(item, name)] as const)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
    return entries.length ? Object.fromEntries(entries) : undefined
  }
  return value === null || value === '' ? undefined : value
}

const contentOf = (doc: object | null | undefined) =>
  Object.fromEntries(Object.entries(doc ?? {}).filter(([name]) => !SYSTEM_KEYS.has(name)))

/** Whether two copies of a role hold the same content, the order of the ranking aside. */
export function sameContentApartFromOrder(a: object | null | undefined, b: object | null | undefined): boolean {
  return JSON.stringify(comparable(contentOf(a))) === JSON.stringify(comparable(contentOf(b)))
}
