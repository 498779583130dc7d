import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

/**
 * Sends real HTTP requests through Payload's Next.js route handlers (the same ones app/(payload)/api
 * exports), so access control is exercised exactly as REST and GraphQL clients meet it.
 */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number
  body: T
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const BASE_URL = 'http://localhost:3000'

export function createApiClient(config: SanitizedConfig) {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphql = GRAPHQL_POST(config)

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
    const url = new URL(`/api${pathAndQuery}`, BASE_URL)
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const request = new Request(url, {
      method,
      headers: headersFor(token),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
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
    const response = await graphql(request)
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
