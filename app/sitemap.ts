import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { alternativesPath, HOME_PATH, toolkitPath } from '@/lib/paths'
import { listRoles } from '@/lib/roles'

// REVALIDATE_SECONDS in lib/cachePolicy.ts (a segment option must be a literal).
export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const roles = await listRoles()
  const url = (path: string) => new URL(path, env.serverUrl).toString()
  return [
    { url: url(HOME_PATH) },
    ...roles.flatMap(({ role, hasAlternativesPage }) => [
      { url: url(toolkitPath(role.slug)) },
      ...(hasAlternativesPage ? [{ url: url(alternativesPath(role.slug)) }] : []),
    ]),
  ]
}
