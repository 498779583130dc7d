import { SLUG_PATTERN } from '../fields/slugify'
import { canonicalCompareSet, compareSlugsOf, splitsComparisons } from './paths'

/** A comparison shows 2 to 4 roles: fewer is no comparison, more no longer fits side by side on a phone. */
export const MIN_COMPARED = 2
export const MAX_COMPARED = 4

/**
 * What a comparison's address names, checked without the database:
 * - `page`: the canonical set (each slug once, sorted), to show;
 * - `moved`: the same set written in another order or with a slug twice, to redirect to;
 * - `count`: fewer than 2 or more than 4 roles (the slugs to choose again from);
 * - `invalid`: something that is not a role's slug at all.
 */
export type CompareAddress =
  | { kind: 'page'; slugs: string[] }
  | { kind: 'moved'; slugs: string[] }
  | { kind: 'count'; slugs: string[] }
  | { kind: 'invalid' }

export function readCompareAddress(set: string): CompareAddress {
  const named = compareSlugsOf(set)
  // No role's slug contains the word "vs", so "a-vs-vs-b" (read as "a" and "vs-b") names none.
  if (!named.every((slug) => SLUG_PATTERN.test(slug) && !splitsComparisons(slug))) return { kind: 'invalid' }
  const slugs = canonicalCompareSet(named)
  if (slugs.length < MIN_COMPARED || slugs.length > MAX_COMPARED) return { kind: 'count', slugs }
  return { kind: slugs.join() === named.join() ? 'page' : 'moved', slugs }
}
