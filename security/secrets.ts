import { timingSafeEqual } from 'node:crypto'

/** Compares a presented secret with the expected one without leaking its length or content by timing. */
export function secretsMatch(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
