/**
 * The app's side of cache/inFlight.mjs, which tracks the cache lookups and renders in flight in this
 * process. A publish, once committed, waits for those that started before (they may hand out or store
 * the old page), then expires the pages at once.
 */
interface RenderTracker {
  waitForEarlierWork(before: number, timeoutMs: number): Promise<boolean>
  revalidateTagsNow(tags: string[]): Promise<boolean>
}

const TRACKER_KEY = Symbol.for('toolkit-alternatives.render-tracker')
/** Longer than any page takes to render; past it the handler's own check still keeps old renders out. */
const EARLIER_WORK_WAIT_MS = 5_000
/** Next's implicit cache tag for a page path (what `revalidatePath(path)` expires). */
const IMPLICIT_TAG_PREFIX = '_N_T_'

function isRenderTracker(value: unknown): value is RenderTracker {
  return typeof value === 'object' && value !== null && 'waitForEarlierWork' in value && 'revalidateTagsNow' in value
}

/** The tags `revalidatePath(path)` expires: the path without a trailing slash; "/" also as "/index". */
export function implicitTagsOf(path: string): string[] {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path
  const tag = `${IMPLICIT_TAG_PREFIX}${normalized}`
  return normalized === '/' ? [tag, `${IMPLICIT_TAG_PREFIX}/index`] : [tag]
}

/**
 * Waits (bounded) for the lookups and renders that started before now, then expires the paths'
 * pages at once, and returns once the cache has recorded it (in Redis, every server sees it then).
 * Outside `next start` (tests, scripts, `next dev`) there is no tracker and nothing to do.
 */
export async function expireAfterEarlierWork(paths: readonly string[]): Promise<void> {
  const tracker: unknown = Reflect.get(globalThis, TRACKER_KEY)
  if (!isRenderTracker(tracker)) return
  await tracker.waitForEarlierWork(Date.now(), EARLIER_WORK_WAIT_MS)
  await tracker.revalidateTagsNow(paths.flatMap(implicitTagsOf))
}
