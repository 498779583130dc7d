/**
 * The bounds every API request is held to before Payload sees it (security/requestGuard.ts). Past a bound
 * the answer is a 4xx that says which bound; nothing is read beyond it.
 */

const KIB = 1024
const MIB = 1024 * KIB

/** A JSON write: the largest role (twelve ranked rows, rich text) is about 60 KB. */
export const JSON_BODY_MAX_BYTES = 1 * MIB
/** A media upload (multipart): the image plus its fields. */
export const UPLOAD_BODY_MAX_BYTES = 10 * MIB
/** A GraphQL request: query, variables and operation name. */
export const GRAPHQL_BODY_MAX_BYTES = 64 * KIB
/** The GraphQL query text alone. */
export const GRAPHQL_QUERY_MAX_BYTES = 16 * KIB
/** Tokens the GraphQL parser reads before it gives up (a cheap bound on parsing work). */
export const GRAPHQL_MAX_TOKENS = 2_000
/** Selection depth, fragments expanded: `Roles { docs { alternatives { role { commonTools { name } } } } }` is 6. */
export const GRAPHQL_MAX_DEPTH = 10
/** Fields a query may select once fragments are expanded (a fragment spread twice counts twice). */
export const GRAPHQL_MAX_SELECTIONS = 5_000
/** Payload's complexity estimate (one per field, relationships count more); past it GraphQL answers 400. */
export const GRAPHQL_MAX_COMPLEXITY = 1_000
/** Nesting of arrays and objects in a JSON body; Lexical rich text nests about 12 deep. */
export const JSON_MAX_DEPTH = 48
/** The query string of a REST request (also the urlencoded body of Payload's method override). */
export const QUERY_STRING_MAX_BYTES = 8 * KIB
/** Payload's own maximum population depth. */
export const DEPTH_MAX = 10
/**
 * A list's page and page size, as REST query parameters and as GraphQL arguments alike: beyond these
 * it is not a real list view (and a negative limit with a later page fails in the database).
 */
export const LIST_BOUNDS: Record<'page' | 'limit', NumberBound> = {
  page: { min: 1, max: 100_000 },
  limit: { min: 0, max: 1_000 },
}

/** A whole number a request may give for a parameter (REST) or an argument (GraphQL). */
export interface NumberBound {
  min: number
  max: number
}

/** Why a number is refused, the same words for REST and GraphQL; undefined when it is within the bound. */
export function outOfBound(name: string, value: number, { min, max }: NumberBound): string | undefined {
  return Number.isInteger(value) && value >= min && value <= max ? undefined : `"${name}" must be a whole number from ${min} to ${max}.`
}
/** An uploaded file's name. */
export const FILE_NAME_MAX_LENGTH = 200
