/**
 * The cache lookups and renders in flight in this process, so that a publish can wait for those that
 * started before its commit and then revalidate at once (cache/renderTracker.ts is the app's side).
 * Next hands every request that arrives while a lookup or render of the same page is in flight that
 * lookup's or render's result, so no visitor after a save may be joined to one that began before it.
 *
 * It also remembers the generation each render started under (cache/generations.mjs), which the
 * render's entry is stamped with when it is stored.
 */
const TRACKER_KEY = Symbol.for('toolkit-alternatives.render-tracker')
// A render that never stored anything (it failed or returned nothing) stops counting after this long.
const RENDER_FORGOTTEN_AFTER_MS = 10_000

function createTracker() {
  /** cache key -> { startedAt, generation } of the render that will store it */
  const rendering = new Map()
  /** lookups in flight -> when they started: a request joining one is handed what it finds */
  const looking = new Map()
  const waiters = new Set()
  let handler

  const oldestStart = () => {
    const now = Date.now()
    let oldest = Infinity
    for (const [key, { startedAt }] of rendering) {
      if (now - startedAt > RENDER_FORGOTTEN_AFTER_MS) rendering.delete(key)
      else oldest = Math.min(oldest, startedAt)
    }
    for (const startedAt of looking.values()) oldest = Math.min(oldest, startedAt)
    return oldest
  }
  const wakeWaiters = () => {
    if (waiters.size === 0) return
    const oldest = oldestStart()
    for (const waiter of waiters) if (oldest > waiter.before) waiter.done(true)
  }
  // Next hands a lookup's or render's result to every request that joins it until its batch lets go,
  // a few promise steps after our `get` or `set` returns: wake the waiters once those have run.
  const wakeWaitersOnceHandedOut = () => setImmediate(wakeWaiters)

  return {
    handlerCreated(instance) {
      handler = instance
    },
    lookupStarted(token) {
      looking.set(token, Date.now())
    },
    lookupFinished(token) {
      looking.delete(token)
      wakeWaitersOnceHandedOut()
    },
    /** A render of `key` starts under `generation` (undefined: unknown). An earlier one in flight keeps its own. */
    renderStarting(key, generation) {
      if (!rendering.has(key)) rendering.set(key, { startedAt: Date.now(), generation })
    },
    /** The render of `key` is being stored: the generation its entry is stamped with. */
    renderStoring(key) {
      return rendering.get(key)?.generation
    },
    /**
     * The render of `key` is stored. Until then Next still hands it to every request for the page
     * (its batch lasts until the entry is written), so only now does it stop counting as in flight.
     */
    renderFinished(key) {
      rendering.delete(key)
      wakeWaitersOnceHandedOut()
    },
    /**
     * Resolves true once no lookup or render that started by `before` is in flight, false after
     * `timeoutMs`. A render that started in the same millisecond counts: it may have read old content.
     */
    waitForEarlierWork(before, timeoutMs) {
      if (oldestStart() > before) return Promise.resolve(true)
      return new Promise((resolve) => {
        const waiter = {
          before,
          done: (settled) => {
            clearTimeout(timer)
            waiters.delete(waiter)
            resolve(settled)
          },
        }
        const timer = setTimeout(() => {
          console.warn(`Refreshing pages after waiting ${timeoutMs} ms for ${rendering.size} render(s) and ${looking.size} cache lookup(s) that began before the publish`)
          waiter.done(false)
        }, timeoutMs)
        waiters.add(waiter)
      })
    },
    /**
     * Expires the tags at once and resolves once the cache has recorded it. Next applies a route
     * handler's revalidations only after its response is sent; a caller that has just waited for
     * earlier work calls this in the same tick, so that no lookup can start in between and hand out
     * the old page. Resolves false without a handler yet.
     */
    async revalidateTagsNow(tags) {
      if (!handler) return false
      await handler.revalidateTag(tags)
      return true
    },
  }
}

export const tracker = (globalThis[TRACKER_KEY] ??= createTracker())
