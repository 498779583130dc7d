import { env } from './env'
import { rolePaths } from './paths'

/**
 * Draft preview links. The preview route turns on Next's draft mode for a signed-in editor who
 * presents the secret, then shows the page with drafts; the secret never leaves the admin.
 */
const PREVIEW_ROUTE = '/preview'
export const EXIT_PREVIEW_ROUTE = '/preview/exit'

/** The ranked list's heading on an alternatives page (components/alternatives/RankedAlternatives.tsx). */
export const RANKED_LIST_ANCHOR = 'ranked-heading'

/** `anchor` scrolls the page to that element: the preview route's redirect keeps it. */
export function previewUrl(path: string, anchor?: string): string {
  const url = new URL(PREVIEW_ROUTE, env.serverUrl)
  url.searchParams.set('path', path)
  url.searchParams.set('secret', env.previewSecret)
  if (anchor) url.hash = anchor
  return url.toString()
}

/** The page an editor most likely wants to see for a role: its alternatives page when it ranks any. */
export function rolePreviewPath(role: { slug?: string | null; alternatives?: unknown[] | null }): string | null {
  // A new role's draft has no address until it has a name.
  if (!role.slug) return null
  return rolePaths({ slug: role.slug, hasAlternativesPage: Boolean(role.alternatives?.length) }).at(-1) ?? null
}
