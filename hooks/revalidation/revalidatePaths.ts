import { revalidatePath } from 'next/cache'
import type { Payload } from 'payload'

/**
 * Marks public pages stale so that the very next request renders them afresh. `revalidatePath`
 * (unlike `revalidateTag(tag, 'max')`) does not serve the stale page once more first. Next only
 * allows it inside a request; a write from elsewhere (a script, a background job) is logged and left
 * to the time-based revalidation.
 */
export function revalidatePaths(paths: readonly string[], payload: Payload): void {
  for (const path of paths) {
    try {
      revalidatePath(path)
    } catch (error) {
      payload.logger.warn(
        `Could not refresh ${path} outside a request (${error instanceof Error ? error.message : String(error)}); it refreshes within the revalidate interval.`,
      )
      return
    }
  }
  if (paths.length > 0) payload.logger.debug(`Refreshed ${paths.join(', ')}`)
}
