import { SLUG_PATTERN } from './slugify'

/**
 * Pure validators shared by collection fields. Each returns true or a message that names what is
 * wrong, which Payload shows under the field and returns from REST and GraphQL.
 */
export type ValidationResult = true | string

export function validateHttpUrl(value: unknown): ValidationResult {
  if (typeof value !== 'string' || value.trim() === '') return 'Enter the address of the site, starting with https://'
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
  if (typeof value !== 'string' || value === '') return 'A slug is required'
  if (!SLUG_PATTERN.test(value)) {
    return 'Use lowercase letters, digits and single hyphens only, for example "devops-engineer"'
  }
  return true
}

export function validateMaxLength(value: unknown, maxLength: number): ValidationResult {
  if (typeof value !== 'string') return true
  return value.length <= maxLength ? true : `Keep this to ${maxLength} characters or fewer (it has ${value.length})`
}

export interface AlternativeRow {
  role?: unknown
}

/** Reads the id out of a relationship value, which is an id or a populated document. */
export function relationId(value: unknown): string | number | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return id
  }
  return undefined
}

/**
 * An alternative must point to another role, and each role may be ranked once per page.
 * `ownId` is the page's own role (undefined while it is being created).
 */
export function validateAlternativeRole(
  value: unknown,
  rows: readonly AlternativeRow[] | null | undefined,
  ownId: string | number | undefined,
): ValidationResult {
  const id = relationId(value)
  if (id === undefined) return 'Choose the role to rank'
  if (ownId !== undefined && String(id) === String(ownId)) return 'A role cannot be an alternative to itself'
  const occurrences = (rows ?? []).filter((row) => String(relationId(row.role)) === String(id)).length
  if (occurrences > 1) return 'This role is already ranked on this page: each role may appear once'
  return true
}

/** A path on this site: starts with one slash, no scheme, host, query or fragment. */
export function validateSitePath(value: unknown): ValidationResult {
  if (typeof value !== 'string' || value === '') return 'Enter a path on this site, starting with /'
  if (!/^\/(?!\/)[A-Za-z0-9\-._~/%]*$/.test(value)) {
    return 'Enter a path on this site such as /toolkits/devops-engineer (no domain, spaces, ? or #)'
  }
  return true
}
