import { type APIRequestContext, expect, test } from '@playwright/test'

/**
 * REST calls made with the admin's session (the `chromium` project's storage state, or
 * `page.request` of a signed-in page). Used to read ids and to put content back after a test.
 *
 * Payload only honours the session cookie on a request whose Origin is in its `csrf` list (the
 * site's own URL), as a browser sends it; Playwright's API requests send no Origin by themselves.
 */
function sameOrigin(): Record<string, string> {
  const baseURL = test.info().project.use.baseURL
  if (!baseURL) throw new Error('The Playwright project has no baseURL')
  return { Origin: new URL(baseURL).origin }
}
type Collection = 'roles' | 'tools'

export interface RoleDoc {
  id: string
  name: string
  slug: string
  tagline?: string | null
  _status?: 'draft' | 'published'
  alternatives?: { id?: string; role: string; pitch: string; adjacency: string }[] | null
}

export interface ToolDoc {
  id: string
  name: string
  slug: string
  url: string
  _status?: 'draft' | 'published'
}

async function findBySlug<T>(request: APIRequestContext, collection: Collection, slug: string): Promise<T> {
  const response = await request.get(`/api/${collection}`, {
    params: { 'where[slug][equals]': slug, depth: 0, limit: 1 },
    headers: sameOrigin(),
  })
  expect(response.ok(), `GET /api/${collection} by slug ${slug}: ${response.status()}`).toBe(true)
  const { docs } = (await response.json()) as { docs: T[] }
  const [doc] = docs
  if (!doc) throw new Error(`No ${collection} document with slug "${slug}" (signed in as an admin?)`)
  return doc
}

export const findRole = (request: APIRequestContext, slug: string) => findBySlug<RoleDoc>(request, 'roles', slug)
export const findTool = (request: APIRequestContext, slug: string) => findBySlug<ToolDoc>(request, 'tools', slug)

/** Unpublishes: the live document becomes a draft, as the admin's "Unpublish" does. */
export async function unpublishViaRest(request: APIRequestContext, collection: Collection, id: string): Promise<void> {
  const response = await request.patch(`/api/${collection}/${id}`, { data: { _status: 'draft' }, headers: sameOrigin() })
  expect(response.ok(), `PATCH /api/${collection}/${id} (draft): ${response.status()} ${await response.text()}`).toBe(true)
}

/** A published write: the same as "Publish changes" in the admin. */
export async function publish<T>(
  request: APIRequestContext,
  collection: Collection,
  id: string,
  data: Record<string, unknown>,
): Promise<T> {
  const response = await request.patch(`/api/${collection}/${id}`, {
    data: { _status: 'published', ...data },
    headers: sameOrigin(),
  })
  expect(response.ok(), `PATCH /api/${collection}/${id}: ${response.status()} ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: T }).doc
}
