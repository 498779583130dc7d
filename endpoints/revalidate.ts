import type { Endpoint } from 'payload'

import { REVALIDATE_ROUTE, REVALIDATE_SECRET_HEADER, revalidateNow } from '../hooks/revalidation/revalidatePaths'
import { env } from '../lib/env'
import { pageRouteOf } from '../lib/paths'
import { secretsMatch } from '../security/secrets'
import { validateSitePath } from '../fields/validators'

/** A path on this site, or an entry naming every page of a route (lib/paths.ts `pageRouteOf`). */
function isRefreshable(path: unknown): boolean {
  return (typeof path === 'string' && pageRouteOf(path) !== undefined) || validateSitePath(path) === true
}

/**
 * POST /api/revalidate {"paths": ["/toolkits/x"]}: refreshes public pages from a real request.
 * Background work (the jobs queue running a scheduled publish) has no request of its own, and Next
 * only allows revalidation inside one, so it calls this endpoint on its own server.
 */
export const revalidateEndpoint: Endpoint = {
  path: REVALIDATE_ROUTE,
  method: 'post',
  handler: async (req) => {
    if (!secretsMatch(req.headers.get(REVALIDATE_SECRET_HEADER), env.revalidateSecret)) {
      return Response.json({ error: 'A valid revalidation secret is required.' }, { status: 401 })
    }
    const body = (await req.json?.().catch(() => undefined)) as { paths?: unknown } | undefined
    const paths = Array.isArray(body?.paths) ? body.paths : undefined
    if (!paths || paths.length === 0 || !paths.every(isRefreshable)) {
      return Response.json({ error: '"paths" must be a non-empty list of paths on this site.' }, { status: 400 })
    }
    await revalidateNow(paths as string[], req.payload.logger)
    return Response.json({ revalidated: paths })
  },
}
