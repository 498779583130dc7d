import type { SanitizedConfig } from 'payload'

/**
 * Sends real HTTP requests through the app's own API route handlers (app/(payload)/api), request
 * guard included, so access control and input bounds are exercised exactly as REST and GraphQL
 * clients meet them. The handlers use the app's config module, which is the one the test booted.
 */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number
  body: T
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const BASE_URL = 'http://localhost:3000'

const REST_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const

/**
 * Any request to /api/...: routed to the handler Next would call, with the slug Next would pass.
 * The route modules are imported on first use: they import the app's config, which reads the
 * environment once, so they must load after the test has pointed DATABASE_URI at its own database.
 */
export async function sendApiRequest(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (url.pathname === '/api/graphql') return (await import('@/app/(payload)/api/graphql/route')).POST(request)
  const restRoute = await import('@/app/(payload)/api/[...slug]/route')
  const method = REST_METHODS.find((name) => name === request.method)
  const handler = method && restRoute[method]
  if (!handler) throw new Error(`No REST handler for ${request.method}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment))
  return handler(request, { params: Promise.resolve({ slug }) })
}

// The config argument is kept for callers: the route handlers read the same config module.
export function createApiClient(_config: SanitizedConfig) {
  function headersFor(token: string | undefined): HeadersInit {
    return {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    }
  }

  async function rest<T = Record<string, unknown>>(
    method: Method,
    pathAndQuery: string,
    { token, body }: { token?: string; body?: unknown } = {},
  ): Promise<ApiResponse<T>> {
    const request = new Request(new URL(`/api${pathAndQuery}`, BASE_URL), {
      method,
      headers: headersFor(token),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await sendApiRequest(request)
    return { status: response.status, body: (await response.json()) as T }
  }

  async function gql<T = Record<string, unknown>>(
    query: string,
    { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
  ): Promise<ApiResponse<{ data?: T; errors?: { message: string; path?: string[] }[] }>> {
    const request = new Request(new URL('/api/graphql', BASE_URL), {
      method: 'POST',
      headers: headersFor(token),
      body: JSON.stringify({ query, variables }),
    })
    const response = await sendApiRequest(request)
    return { status: response.status, body: (await response.json()) as { data?: T; errors?: { message: string }[] } }
  }

  async function login(email: string, password: string): Promise<string> {
    const { status, body } = await rest<{ token?: string }>('POST', '/users/login', { body: { email, password } })
    if (status !== 200 || !body.token) throw new Error(`Login as ${email} failed with ${status}`)
    return body.token
  }

  return { rest, gql, login }
}

export type ApiClient = ReturnType<typeof createApiClient>
