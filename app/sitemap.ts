import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { HOME_PATH, rolePaths } from '@/lib/paths'
import { listRoles } from '@/lib/roles'

// REVALIDATE_SECONDS in lib/cachePolicy.ts (a segment option must be a literal).
export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const roles = await listRoles()
  const paths = [HOME_PATH, ...roles.flatMap(({ role, hasAlternativesPage }) => rolePaths({ slug: role.slug, hasAlternativesPage }))]
  return paths.map((path) => ({ url: new URL(path, env.serverUrl).toString() }))
}
