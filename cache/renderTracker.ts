/**
 * The app's side of cache/isrCacheHandler.mjs: the handler tracks the renders in flight in this
 * process; a publish waits for the ones that started before its commit (they read the old content)
 * before it revalidates, so that their results are stale and nobody is served them afterwards.
 */
interface RenderTracker {
  waitForRendersStartedBefore(before: number, timeoutMs: number): Promise<boolean>
}

const TRACKER_KEY = Symbol.for('toolkit-alternatives.render-tracker')
/** Longer than any page takes to render; past it the handler's own check still keeps old renders out. */
const EARLIER_RENDERS_WAIT_MS = 5_000

function isRenderTracker(value: unknown): value is RenderTracker {
  return typeof value === 'object' && value !== null && 'waitForRendersStartedBefore' in value
}

/** Waits (bounded) until every page render that started before now has finished. */
export async function waitForEarlierRenders(): Promise<void> {
  const tracker: unknown = Reflect.get(globalThis, TRACKER_KEY)
  // No tracker outside `next start` (tests, scripts, `next dev`): nothing renders from a cache there.
  if (isRenderTracker(tracker)) await tracker.waitForRendersStartedBefore(Date.now(), EARLIER_RENDERS_WAIT_MS)
}
