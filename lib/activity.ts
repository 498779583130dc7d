import type { PayloadRequest, Where } from 'payload'

import { idOf, type Relation } from './relationships'

/**
 * Who published what, read from the versions every save leaves (each names who saved it:
 * fields/savedByField.ts), for the admin's activity view and a role's "ranking last published" line.
 * Read with the reader's own access: only staff read versions.
 */

const EDITORIAL_COLLECTIONS = [
  { slug: 'roles', label: 'Role', title: 'name' },
  { slug: 'tools', label: 'Tool', title: 'name' },
  { slug: 'decision-questions', label: 'Decision question', title: 'question' },
] as const

type EditorialSlug = (typeof EDITORIAL_COLLECTIONS)[number]['slug']

export interface Publish {
  collection: EditorialSlug
  /** "Role", "Tool" or "Decision question". */
  kind: string
  documentId: string
  title: string
  versionId: string
  /** The name (or email) of who saved it; undefined when no one signed in did (the seed, a script) or the account is gone. */
  savedBy?: string
  publishedAt: string
}

interface StoredVersion {
  id: string | number
  parent: Relation
  updatedAt: string
  version: Record<string, unknown> & { savedBy?: Relation | null }
}

const PUBLISHED: Where = { 'version._status': { equals: 'published' } }

/** The latest publishes across roles, tools and decision questions, newest first. */
export async function recentPublishes(req: PayloadRequest, limit = 30): Promise<Publish[]> {
  const perCollection = await Promise.all(
    EDITORIAL_COLLECTIONS.map(async ({ slug, label, title }) => {
      const versions = await publishedVersions(req, slug, PUBLISHED, limit)
      return versions.map((version) => ({ collection: slug, kind: label, title: String(version.version[title] ?? ''), version }))
    }),
  )
  const latest = perCollection
    .flat()
    .sort((a, b) => b.version.updatedAt.localeCompare(a.version.updatedAt))
    .slice(0, limit)
  const names = await namesOf(req, latest.map(({ version }) => version))
  return latest.map(({ collection, kind, title, version }) => ({
    collection,
    kind,
    documentId: String(idOf(version.parent)),
    title,
    versionId: String(version.id),
    savedBy: names.get(idOf(version.version.savedBy) ?? ''),
    publishedAt: version.updatedAt,
  }))
}

/**
 * The publish that put a role's current ranking live: the earliest of the latest run of publishes
 * with the same ranked roles in the same order (a later publish that changed only other fields does
 * not count). Looks back over the last `lookBack` publishes.
 */
export async function lastRankingPublish(req: PayloadRequest, roleId: string, lookBack = 50): Promise<Publish | undefined> {
  const versions = await publishedVersions(req, 'roles', { and: [PUBLISHED, { parent: { equals: roleId } }] }, lookBack)
  const rankingOf = (version: StoredVersion) =>
    ((version.version.alternatives as { role?: Relation }[] | undefined) ?? []).map((row) => idOf(row.role)).join(',')
  const current = versions[0]
  if (!current) return undefined
  let introduced = current
  for (const version of versions.slice(1)) {
    if (rankingOf(version) !== rankingOf(current)) break
    introduced = version
  }
  const names = await namesOf(req, [introduced])
  return {
    collection: 'roles',
    kind: 'Role',
    documentId: roleId,
    title: String(introduced.version.name ?? ''),
    versionId: String(introduced.id),
    savedBy: names.get(idOf(introduced.version.savedBy) ?? ''),
    publishedAt: introduced.updatedAt,
  }
}

async function publishedVersions(req: PayloadRequest, collection: EditorialSlug, where: Where, limit: number) {
  const { docs } = await req.payload.findVersions({
    collection,
    where,
    sort: '-updatedAt',
    limit,
    depth: 0,
    overrideAccess: false,
    req,
  })
  return docs as unknown as StoredVersion[]
}

/**
 * Display names of the people who saved these versions. Read past the users' own access (an editor
 * may not open another user's account) but only their name and email, for staff who read versions.
 */
async function namesOf(req: PayloadRequest, versions: StoredVersion[]): Promise<Map<string, string>> {
  const ids = [...new Set(versions.flatMap((version) => idOf(version.version.savedBy) ?? []))]
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true, email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [String(user.id), user.name || user.email]))
}
