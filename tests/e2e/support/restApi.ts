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

/** Saves a draft over the live document (the admin then shows it as changed). */
export async function saveDraft(request: APIRequestContext, collection: Collection, id: string, data: Record<string, unknown>): Promise<void> {
  const response = await request.patch(`/api/${collection}/${id}?draft=true`, { data, headers: sameOrigin() })
  expect(response.ok(), `PATCH /api/${collection}/${id}?draft=true: ${response.status()} ${await response.text()}`).toBe(true)
}

/* ---------- Editorial workflow: drafts, versions, redirects, users (admin session) ---------- */

/** A role as stored: the published document, or with `draft` the latest draft (staff only). */
export async function readRole(request: APIRequestContext, id: string, { draft = false } = {}): Promise<RoleDoc> {
  const response = await request.get(`/api/roles/${id}`, {
    params: { depth: 0, ...(draft && { draft: 'true' }) },
    headers: sameOrigin(),
  })
  expect(response.ok(), `GET /api/roles/${id}: ${response.status()}`).toBe(true)
  return (await response.json()) as RoleDoc
}

/** Creates a role: a draft nobody has published (`_status: 'draft'`) or a published one. */
export async function createRole(
  request: APIRequestContext,
  data: { name: string; slug: string; primaryFocus: string; keyResponsibility: string; tagline?: string },
  status: 'draft' | 'published',
): Promise<RoleDoc> {
  const response = await request.post('/api/roles', {
    params: status === 'draft' ? { draft: 'true' } : {},
    data: { ...data, _status: status },
    headers: sameOrigin(),
  })
  expect(response.ok(), `POST /api/roles: ${response.status()} ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: RoleDoc }).doc
}

/**
 * Ends the admin's edit lock on a document (whoever opened it last holds it for minutes after their
 * page is gone), so a clean-up write through the API is not refused with 423.
 */
export async function releaseEditLock(request: APIRequestContext, id: string): Promise<void> {
  const response = await request.delete(`/api/payload-locked-documents?where[document.value][equals]=${id}`, { headers: sameOrigin() })
  expect(response.ok(), `releasing the edit lock on ${id}: ${response.status()} ${await response.text()}`).toBe(true)
}

export async function deleteDoc(request: APIRequestContext, collection: 'roles' | 'users' | 'redirects', id: string): Promise<void> {
  const response = await request.delete(`/api/${collection}/${id}`, { headers: sameOrigin() })
  expect(response.ok(), `DELETE /api/${collection}/${id}: ${response.status()} ${await response.text()}`).toBe(true)
}

export interface RoleVersionDoc {
  id: string
  parent: string
  latest?: boolean
  autosave?: boolean
  updatedAt: string
  version: RoleDoc
}

/** The newest stored version of a role matching `where` (e.g. `{ 'version.tagline': 'x' }`). */
export async function findRoleVersion(
  request: APIRequestContext,
  roleId: string,
  equals: Record<string, string>,
): Promise<RoleVersionDoc> {
  const params: Record<string, string | number> = { 'where[parent][equals]': roleId, sort: '-updatedAt', depth: 0, limit: 1 }
  for (const [path, value] of Object.entries(equals)) params[`where[${path}][equals]`] = value
  const response = await request.get('/api/roles/versions', { params, headers: sameOrigin() })
  expect(response.ok(), `GET /api/roles/versions: ${response.status()}`).toBe(true)
  const [version] = ((await response.json()) as { docs: RoleVersionDoc[] }).docs
  if (!version) throw new Error(`Role ${roleId} has no version with ${JSON.stringify(equals)}`)
  return version
}

export interface RedirectDoc {
  id: string
  from: string
  to: string
}

/** Stored redirects from any of these paths (public read). */
export async function findRedirectsFrom(request: APIRequestContext, paths: string[]): Promise<RedirectDoc[]> {
  const params: Record<string, string | number> = { depth: 0, limit: 100 }
  paths.forEach((path, index) => (params[`where[from][in][${index}]`] = path))
  const response = await request.get('/api/redirects', { params, headers: sameOrigin() })
  expect(response.ok(), `GET /api/redirects: ${response.status()}`).toBe(true)
  return ((await response.json()) as { docs: RedirectDoc[] }).docs
}

export interface UserDoc {
  id: string
  email: string
  userRole: 'admin' | 'editor' | 'marketing'
}

/** An admin creates an account for someone else (only admins may). */
export async function createUser(
  request: APIRequestContext,
  data: { email: string; password: string; userRole: UserDoc['userRole']; name?: string },
): Promise<UserDoc> {
  const response = await request.post('/api/users', { data, headers: sameOrigin() })
  expect(response.ok(), `POST /api/users: ${response.status()} ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: UserDoc }).doc
}
