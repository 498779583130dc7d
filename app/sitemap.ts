import type { MetadataRoute } from 'next'

import { HOME_PATH, rolePaths } from '@/lib/paths'
import { listRoles } from '@/lib/roles'
import { absoluteUrl } from '@/lib/seo'

// An hour, in seconds: only the safety net for writes made outside the server (a seed from a shell);
// hooks/revalidation refreshes the page the moment content changes.
export const revalidate = 3600

/**
 * Every public page, with `lastmod`: a role's pages carry the time the role was last saved; the home
 * page, which lists every role, the latest of those. (Edits to a tool or a question shown on a page
 * do not move its date.)
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const roles = await listRoles()
  const latest = roles.map(({ updatedAt }) => updatedAt).sort().at(-1)
  return [
    { url: absoluteUrl(HOME_PATH), ...(latest && { lastModified: latest }) },
    ...roles.flatMap(({ role, hasAlternativesPage, updatedAt }) =>
      rolePaths({ slug: role.slug, hasAlternativesPage }).map((path) => ({ url: absoluteUrl(path), lastModified: updatedAt })),
    ),
  ]
}
