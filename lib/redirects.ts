import { notFound, permanentRedirect } from 'next/navigation'

import { roleSlugOf, toolkitPath } from './paths'
import { getPayloadClient } from './payload'

/** The redirect stored for a public path, if any (read as a visitor). */
export async function findRedirectTarget(path: string): Promise<string | undefined> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { equals: path } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs[0]?.to
}

/** For a path with no page: follow its permanent redirect (308), or answer 404. */
export async function redirectOrNotFound(path: string): Promise<never> {
  const target = await findRedirectTarget(path)
  if (target && target !== path) permanentRedirect(target)
  notFound()
}

/**
 * Each role's slug now: a slug change leaves a redirect from the old toolkit page to the new one, so
 * addresses built from slugs (comparisons, the picker's answers) follow it like the toolkit page does.
 * A slug with no such redirect (or one an editor pointed elsewhere than a toolkit page) stays as it is.
 */
export async function currentRoleSlugs(slugs: readonly string[]): Promise<string[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { in: slugs.map(toolkitPath) } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { from: true, to: true },
  })
  const moved = new Map(docs.map(({ from, to }) => [from, roleSlugOf(to)]))
  return slugs.map((slug) => moved.get(toolkitPath(slug)) ?? slug)
}

/**
 * For an address built from role slugs with no page (a comparison, the picker's answer): when a slug
 * has changed since, redirect permanently (308) to the address built from the current slugs, as the
 * toolkit pages do; otherwise 404.
 */
export async function followSlugChangesOrNotFound(slugs: readonly string[], addressOf: (current: string[]) => string): Promise<never> {
  const current = await currentRoleSlugs(slugs)
  if (current.some((slug, index) => slug !== slugs[index])) permanentRedirect(addressOf(current))
  notFound()
}
