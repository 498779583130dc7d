import { notFound, permanentRedirect } from 'next/navigation'

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
