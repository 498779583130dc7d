import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { HOME_PATH, rolePaths } from '@/lib/paths'
import { listRoles } from '@/lib/roles'

// An hour, in seconds: only the safety net for writes made outside the server (a seed from a shell);
// hooks/revalidation refreshes the page the moment content changes.
export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const roles = await listRoles()
  const paths = [HOME_PATH, ...roles.flatMap(({ role, hasAlternativesPage }) => rolePaths({ slug: role.slug, hasAlternativesPage }))]
  return paths.map((path) => ({ url: new URL(path, env.serverUrl).toString() }))
}
