import { splitsComparisons } from '../lib/paths'
import { idOf } from '../lib/relationships'
import { SLUG_PATTERN } from './slugify'

/**
 * Pure validators shared by collection fields. Each returns true or a message that names what is
 * wrong, which Payload shows under the field and returns from REST and GraphQL.
 */
export type ValidationResult = true | string

/** Bounds for values whose length no layout field sets: addresses and paths. */
export const SLUG_MAX_LENGTH = 100
export const URL_MAX_LENGTH = 500
export const SITE_PATH_MAX_LENGTH = 200
export const EMAIL_MAX_LENGTH = 254

/**
 * Draft saves are validated too (collections/shared/writeValidation.ts), with `required` off: a draft
 * may be incomplete but never invalid. Validators whose "required" is conditional read this flag.
 */
export const DRAFT_SAVE_OPTION = 'isDraftSave'
export function isDraftSave(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as Record<string, unknown>)[DRAFT_SAVE_OPTION] === true
}

const describeType = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`)

/** A text field's value: a string (or nothing), no longer than `maxLength`. */
export function validateMaxLength(value: unknown, maxLength: number): ValidationResult {
  if (value === undefined || value === null) return true
  if (typeof value !== 'string') return `Enter text here (got ${describeType(value)})`
  return value.length <= maxLength ? true : `Keep this to ${maxLength} characters or fewer (it has ${value.length})`
}

/** A select's value: one of its option values, as a string. */
export function validateOption(value: unknown, options: readonly { value: string }[]): ValidationResult {
  if (value === undefined || value === null) return true
  if (typeof value !== 'string' || !options.some((option) => option.value === value)) {
    return `Invalid choice: use one of ${options.map((option) => option.value).join(', ')}`
  }
  return true
}

export function validateHttpUrl(value: unknown): ValidationResult {
  if (value !== undefined && value !== null && typeof value !== 'string') return `Enter a web address (got ${describeType(value)})`
  if (typeof value !== 'string' || value.trim() === '') return 'Enter the address of the site, starting with https://'
  if (value.length > URL_MAX_LENGTH) return `Keep the address to ${URL_MAX_LENGTH} characters or fewer (it has ${value.length})`
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return 'Enter a full web address, such as https://example.com'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Only http:// and https:// addresses are allowed (got "${url.protocol}")`
  }
  return true
}

export function validateSlug(value: unknown): ValidationResult {
  if (value !== undefined && value !== null && typeof value !== 'string') return `Enter the slug as text (got ${describeType(value)})`
  if (typeof value !== 'string' || value === '') return 'A slug is required'
  if (value.length > SLUG_MAX_LENGTH) return `Keep the slug to ${SLUG_MAX_LENGTH} characters or fewer (it has ${value.length})`
  if (!SLUG_PATTERN.test(value)) {
    return 'Use lowercase letters, digits and single hyphens only, for example "devops-engineer"'
  }
  return true
}

/** A role's slug: URL-safe, and free of the word comparison addresses put between roles. */
export function validateRoleSlug(value: unknown): ValidationResult {
  const urlSafe = validateSlug(value)
  if (urlSafe !== true || !splitsComparisons(String(value))) return urlSafe
  return 'A role’s slug cannot contain the word "vs": comparison addresses (/compare/<a>-vs-<b>) put it between roles. Write "versus" or leave the word out'
}

export interface AlternativeRow {
  role?: unknown
}

/**
 * An alternative must point to another role, and each role may be ranked once per page.
 * `ownId` is the page's own role (undefined while it is being created).
 */
export function validateAlternativeRole(
  value: unknown,
  rows: readonly AlternativeRow[] | null | undefined,
  ownId: string | number | undefined,
  { required = true }: { required?: boolean } = {},
): ValidationResult {
  const id = idOf(value)
  if (id === undefined) return required || (value !== undefined && value !== null) ? 'Choose the role to rank' : true
  if (ownId !== undefined && String(id) === String(ownId)) return 'A role cannot be an alternative to itself'
  const occurrences = (rows ?? []).filter((row) => String(idOf(row.role)) === String(id)).length
  if (occurrences > 1) return 'This role is already ranked on this page: each role may appear once'
  return true
}

/** A path on this site: starts with one slash, no scheme, host, query or fragment. */
export function validateSitePath(value: unknown): ValidationResult {
  if (typeof value !== 'string' || value === '') return 'Enter a path on this site, starting with /'
  if (value.length > SITE_PATH_MAX_LENGTH) return `Keep the path to ${SITE_PATH_MAX_LENGTH} characters or fewer (it has ${value.length})`
  if (!/^\/(?!\/)[A-Za-z0-9\-._~/%]*$/.test(value)) {
    return 'Enter a path on this site such as /toolkits/devops-engineer (no domain, spaces, ? or #)'
  }
  return true
}
