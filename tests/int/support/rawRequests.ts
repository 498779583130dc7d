import { sendApiRequest } from './apiClient'

/**
 * Requests as a hostile client sends them: any method, body, content type and headers, through the
 * app's API route handlers. The answer is kept as text, since a refusal need not be JSON.
 */
export interface RawResponse {
  status: number
  text: string
  /** The parsed body when it is JSON, else undefined. */
  json: unknown
}

export interface RawRequest {
  method: string
  /** Path and query after /api, e.g. `/roles?page=2`, or `/graphql`. */
  path: string
  token?: string
  contentType?: string
  body?: BodyInit | null
  headers?: Record<string, string>
}

export async function sendRaw({ method, path, token, contentType, body, headers = {} }: RawRequest): Promise<RawResponse> {
  const allHeaders: Record<string, string> = { ...headers }
  if (contentType) allHeaders['content-type'] = contentType
  if (token) allHeaders.authorization = `JWT ${token}`
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: allHeaders,
    body: body ?? undefined,
    duplex: 'half',
  } as RequestInit)
  const response = await sendApiRequest(request)
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, text, json }
}

/** `{ path, message }` of a Payload ValidationError (REST body or GraphQL errors). */
export function fieldErrorPaths(json: unknown): string[] {
  const errors = (json as { errors?: { data?: { errors?: { path: string }[] }; extensions?: { data?: { errors?: { path: string }[] } } }[] })
    ?.errors
  return (errors ?? []).flatMap((error) => (error.data ?? error.extensions?.data)?.errors ?? []).map(({ path }) => path)
}

/** A body streamed without Content-Length, `chunks` pieces of `chunkBytes` each. */
export function streamedBody(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= chunks) return controller.close()
      sent++
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61))
    },
  })
}
