import { revalidatePath } from 'next/cache'
import type { Payload } from 'payload'

import { env } from '../../lib/env'
import { REVALIDATE_SECRET_HEADER } from './revalidateEndpoint'

/**
 * Marks public pages stale so that the very next request renders them afresh. `revalidatePath`
 * (unlike `revalidateTag(tag, 'max')`) does not serve the stale page once more first.
 *
 * Next allows it only inside a request. Writes from background jobs (a scheduled publish) have none,
 * so they ask the running server to do it through its protected /api/revalidate endpoint.
 */
export async function revalidatePaths(paths: readonly string[], payload: Payload): Promise<void> {
  if (paths.length === 0) return
  try {
    for (const path of paths) revalidatePath(path)
    payload.logger.debug(`Refreshed ${paths.join(', ')}`)
  } catch {
    await revalidateThroughServer(paths, payload)
  }
}

async function revalidateThroughServer(paths: readonly string[], payload: Payload): Promise<void> {
  // Tests write through the local API with no site running: there is nothing to refresh.
  if (env.isTest) return
  try {
    const response = await fetch(new URL('/api/revalidate', env.serverUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: env.revalidateSecret },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
    payload.logger.info(`Refreshed ${paths.join(', ')} through ${env.serverUrl}`)
  } catch (error) {
    payload.logger.warn(
      `Could not refresh ${paths.join(', ')} (${error instanceof Error ? error.message : String(error)}); they refresh within the revalidate interval.`,
    )
  }
}
