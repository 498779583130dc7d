import { revalidatePath } from 'next/cache'
import type { Payload, PayloadRequest } from 'payload'

import { expireAfterEarlierWork } from '../../cache/renderTracker'
import { afterCommit } from '../../database/afterCommit'
import { env } from '../../lib/env'
import { pageRouteOf, withPreviewImages } from '../../lib/paths'
import { purgeProxies } from './purgeProxies'

/** The server's own refresh endpoint under /api (endpoints/revalidate.ts), and the header carrying its secret. */
export const REVALIDATE_ROUTE = '/revalidate'
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'

/**
 * Marks public pages stale so that the very next request renders them afresh. `revalidatePath`
 * (unlike `revalidateTag(tag, 'max')`) does not serve the stale page once more first.
 *
 * It runs once the write is committed (a render before the commit would read the old content) and
 * once the cache lookups and renders that started before that have finished, so that none of them is
 * cached as new and no visitor after the save is handed one of them (cache/renderAwareCache.mjs).
 *
 * Next allows it only inside a request. Writes from background jobs (a scheduled publish) have none,
 * so they ask the running server to do it through its protected /api/revalidate endpoint.
 */
export async function revalidatePaths(paths: readonly string[], req: PayloadRequest): Promise<void> {
  if (paths.length === 0) return
  await afterCommit(req, async () => {
    try {
      await revalidateNow(paths, req.payload.logger)
      req.payload.logger.debug(`Refreshed ${paths.join(', ')}`)
    } catch {
      await revalidateThroughServer(paths, req.payload)
    }
  })
}

/**
 * Inside a request: waits for the cache lookups and renders that started before now, expires the
 * pages at once, and tells Next (which also applies it when the response is finalised); then purges
 * them from the caching proxies in front (CACHE_PURGE_URLS), which fetch them anew from then on.
 */
export async function revalidateNow(pages: readonly string[], logger: Payload['logger']): Promise<void> {
  // A role page's link-preview image shows its content: it is refreshed with the page.
  const paths = withPreviewImages(pages)
  const targets = paths.map(revalidationTarget)
  // A target's cache tag is its path, followed by the type for every page of a route.
  await expireAfterEarlierWork(targets.map((target) => target.join('/')))
  for (const [path, type] of targets) revalidatePath(path, type)
  await purgeProxies(paths, logger)
}

/** What `revalidatePath` takes for an entry of the list: an address, or every page of a dynamic route (every comparison). */
function revalidationTarget(path: string): [path: string, type?: 'page'] {
  const route = pageRouteOf(path)
  return route ? [route, 'page'] : [path]
}

async function revalidateThroughServer(paths: readonly string[], payload: Payload): Promise<void> {
  // Tests write through the local API with no site running: there is nothing to refresh.
  if (env.isTest) return
  try {
    const response = await fetch(new URL(`/api${REVALIDATE_ROUTE}`, env.serverUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: env.revalidateSecret },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
    payload.logger.info(`Refreshed ${paths.join(', ')} through ${env.serverUrl}`)
  } catch (error) {
    payload.logger.warn(
      `Could not refresh ${paths.join(', ')} (${error instanceof Error ? error.message : String(error)}); they refresh within the revalidate interval.`,
    )
  }
}
