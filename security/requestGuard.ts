import { checkGraphQLQuery, withoutSuggestions } from './graphqlLimits'
import {
  DEPTH_MAX,
  FILE_NAME_MAX_LENGTH,
  GRAPHQL_BODY_MAX_BYTES,
  GRAPHQL_QUERY_MAX_BYTES,
  JSON_BODY_MAX_BYTES,
  JSON_MAX_DEPTH,
  LIST_BOUNDS,
  type NumberBound,
  outOfBound,
  QUERY_STRING_MAX_BYTES,
  UPLOAD_BODY_MAX_BYTES,
} from './requestLimits'

/**
 * Wraps the app's API route handlers (app/(payload)/api) so that a request Payload would choke on
 * gets a 4xx before Payload reads it: oversized bodies (refused from Content-Length, and streamed
 * bodies cut off at the bound), content types Payload ignores, JSON that is not an object or nests
 * too deep, malformed multipart fields, and query parameters the database cannot take.
 */

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

class Refusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message)
  }
}

const refusalResponse = ({ status, message }: Refusal) => Response.json({ errors: [{ message }] }, { status })

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT'])
/** Operators whose value is a list; every other operator takes one value. */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const WHERE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const NUMBER_PARAMS: Record<string, NumberBound> = {
  ...LIST_BOUNDS,
  depth: { min: 0, max: DEPTH_MAX },
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length
const mediaTypeOf = (request: Request) => (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()

/** `where[and][0][slug][equals][]` → ['where', 'and', '0', 'slug', 'equals', '']. */
function bracketPath(key: string): string[] | undefined {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key)
  if (!match) return undefined
  const rest = [...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)
  return [match[1]!, ...rest]
}

function checkWhereKey(path: string[], key: string): void {
  // Strip the field path: the first known operator ends it; and/or/index segments may precede it.
  const operatorIndex = path.findIndex((segment, index) => index > 0 && WHERE_OPERATORS.has(segment))
  if (operatorIndex === -1) {
    throw new Refusal(400, `"${key}" names no operator (equals, in, exists, ...).`)
  }
  const after = path.slice(operatorIndex + 1)
  const operator = path[operatorIndex]!
  if (after.length === 0) return
  const isListItem = after.length === 1 && (after[0] === '' || /^\d{1,4}$/.test(after[0]!))
  if (!isListItem || !LIST_OPERATORS.has(operator)) {
    throw new Refusal(400, `"${key}": the ${operator} operator takes one value${LIST_OPERATORS.has(operator) ? ' or a list' : ''}.`)
  }
}

/** Query parameters Payload passes to the database as they come. */
export function checkQueryString(search: string): void {
  if (utf8Length(search) > QUERY_STRING_MAX_BYTES) {
    throw new Refusal(400, `The query string is longer than ${QUERY_STRING_MAX_BYTES} bytes.`)
  }
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
    // URLSearchParams decodes leniently; a bad escape still has to be refused.
    decodeURIComponent(search.replace(/\+/g, ' '))
  } catch {
    throw new Refusal(400, 'The query string is not valid percent-encoding.')
  }
  const seen = new Set<string>()
  for (const [key, value] of params) {
    const path = bracketPath(key)
    if (!path) throw new Refusal(400, `"${key}" is not a valid query parameter name.`)
    const isListItem = path.at(-1) === '' || /^\d+$/.test(path.at(-1)!)
    if (seen.has(key) && !isListItem) throw new Refusal(400, `"${key}" is given more than once.`)
    seen.add(key)
    const [name] = path
    if (name === 'where' && path.length > 1) checkWhereKey(path, key)
    const bound = NUMBER_PARAMS[name!]
    if (bound) {
      // Digits only: no sign, exponent or fraction, and nested keys (page[x]=1) are no number at all.
      const refusal = outOfBound(name!, path.length === 1 && /^\d{1,9}$/.test(value) ? Number(value) : NaN, bound)
      if (refusal) throw new Refusal(400, refusal)
    }
  }
  // A key that is both a value and an object (where[a]=1&where[a][b]=2) makes qs build odd shapes.
  for (const key of seen) {
    const base = key.replace(/\[\]$/, '')
    if (base !== key && seen.has(base)) throw new Refusal(400, `"${base}" is given both as a value and as a list.`)
    if ([...seen].some((other) => other !== key && other.startsWith(`${key}[`)) && !key.endsWith(']')) {
      // where=x&where[a][equals]=1
      throw new Refusal(400, `"${key}" is given both as a value and as an object.`)
    }
  }
}

/** Reads at most `maxBytes` of the body; refuses from Content-Length first, then while streaming. */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > maxBytes) {
    throw new Refusal(413, `The request body is larger than ${maxBytes} bytes.`)
  }
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new Refusal(413, `The request body is larger than ${maxBytes} bytes.`)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** Nesting depth of a JSON text, counted without parsing it (so a deep text cannot overflow the stack). */
export function jsonNestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return deepest
}

/** A JSON object within the depth bound, or a 400 that says what is wrong. */
export function parseJsonObject(text: string, what: string): Record<string, unknown> {
  if (jsonNestingDepth(text) > JSON_MAX_DEPTH) throw new Refusal(400, `${what} nests deeper than ${JSON_MAX_DEPTH} levels.`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Refusal(400, `${what} is not valid JSON.`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal(400, `${what} must be a JSON object ({...}).`)
  }
  return value as Record<string, unknown>
}

function rebuild(request: Request, body: BodyInit | undefined, contentType?: string): Request {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  if (contentType) headers.set('content-type', contentType)
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal })
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

async function checkMultipart(request: Request, body: Uint8Array): Promise<void> {
  let form: FormData
  try {
    form = await new Request(request.url, { method: 'POST', headers: request.headers, body: body as BodyInit }).formData()
  } catch {
    throw new Refusal(400, 'The multipart body could not be read.')
  }
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      if (name === '_payload') parseJsonObject(value, 'The "_payload" field')
      continue
    }
    if (CONTROL_CHARACTERS.test(value.name) || value.name.includes('/') || value.name.includes('\\')) {
      throw new Refusal(400, 'The file name contains control characters or slashes.')
    }
    if (value.name.length > FILE_NAME_MAX_LENGTH) {
      throw new Refusal(400, `The file name is longer than ${FILE_NAME_MAX_LENGTH} characters.`)
    }
  }
}

const isMethodOverride = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

/** The request as Payload should see it, or a Refusal. */
async function guardedRestRequest(request: Request): Promise<Request> {
  checkQueryString(new URL(request.url).search)
  if (!WRITE_METHODS.has(request.method)) return request
  const mediaType = mediaTypeOf(request)

  if (isMethodOverride(request) && mediaType === 'application/x-www-form-urlencoded') {
    // Payload's admin sends long list queries as a urlencoded POST body: the same bounds apply.
    const body = new TextDecoder().decode(await readBodyCapped(request, QUERY_STRING_MAX_BYTES))
    checkQueryString(body)
    return rebuild(request, body)
  }
  if (mediaType === 'multipart/form-data') {
    const body = await readBodyCapped(request, UPLOAD_BODY_MAX_BYTES)
    await checkMultipart(request, body)
    return rebuild(request, body as BodyInit)
  }
  const body = await readBodyCapped(request, JSON_BODY_MAX_BYTES)
  if (body.byteLength === 0) return rebuild(request, '{}', 'application/json')
  if (mediaType !== 'application/json') {
    throw new Refusal(415, 'Send the body as application/json (or multipart/form-data for uploads).')
  }
  const text = new TextDecoder().decode(body)
  parseJsonObject(text, 'The request body')
  return rebuild(request, text)
}

/** The request as `check` rebuilds it, or the answer to a request it refuses. */
async function guard(request: Request, check: (request: Request) => Promise<Request>): Promise<Request | Response> {
  try {
    return await check(request)
  } catch (error) {
    if (error instanceof Refusal) return refusalResponse(error)
    throw error
  }
}

export function guardRestHandler<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const guarded = await guard(request, guardedRestRequest)
    return guarded instanceof Response ? guarded : handler(guarded, context)
  }
}

async function guardedGraphQLRequest(request: Request): Promise<Request> {
  if (mediaTypeOf(request) !== 'application/json') throw new Refusal(415, 'Send GraphQL requests as application/json.')
  const text = new TextDecoder().decode(await readBodyCapped(request, GRAPHQL_BODY_MAX_BYTES))
  const { query, variables, operationName } = parseJsonObject(text, 'The request body')
  if (typeof query !== 'string') throw new Refusal(400, '"query" must be a string.')
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new Refusal(400, '"variables" must be an object.')
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw new Refusal(400, '"operationName" must be a string.')
  }
  if (utf8Length(query) > GRAPHQL_QUERY_MAX_BYTES) {
    throw new Refusal(413, `The query is longer than ${GRAPHQL_QUERY_MAX_BYTES} bytes.`)
  }
  const check = checkGraphQLQuery(query, (variables ?? {}) as Record<string, unknown>)
  if (!check.ok) throw new Refusal(400, check.message)
  checkQueryString(new URL(request.url).search)
  return rebuild(request, text)
}

/**
 * GraphQL's answer, made plain about refusals: a request refused before it ran (parse or validation
 * errors, the complexity bound included: `errors` and no `data`) is a 400, as GraphQL over HTTP
 * specifies for `application/graphql-response+json`, instead of graphql-http's legacy 200; and its
 * messages carry no "Did you mean ...?" suggestions.
 */
async function plainGraphQLRefusals(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  let body: { data?: unknown; errors?: { message?: unknown }[] }
  try {
    body = JSON.parse(text) as typeof body
  } catch {
    return new Response(text, response)
  }
  const refusedBeforeRunning = Array.isArray(body.errors) && body.errors.length > 0 && !('data' in body)
  for (const error of body.errors ?? []) {
    if (typeof error.message === 'string') error.message = withoutSuggestions(error.message)
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const status = refusedBeforeRunning && response.status < 400 ? 400 : response.status
  return new Response(JSON.stringify(body), { status, headers })
}

export function guardGraphQLHandler(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const guarded = await guard(request, guardedGraphQLRequest)
    return guarded instanceof Response ? guarded : plainGraphQLRefusals(await handler(guarded))
  }
}
