// Next.js loads this file itself (next.config.ts `cacheHandler`), with Node's own import: plain JavaScript.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/**
 * Next's own file-system ISR cache, made safe for a publish that lands while a page is rendering.
 *
 * Next stamps a cache entry with the time it is *stored*. A render that started before a publish (so
 * read the old content) but finished after the publish's revalidation was therefore stored as newer
 * than the revalidation and served until the next publish or the one-hour safety net: under traffic,
 * a page could stay on an old version. Here an entry is judged by when its render *started*:
 * - an entry whose render started before (or in the same millisecond as) a revalidation of its page
 *   is treated as expired, so the next request renders again, with the new content;
 * - lookups and renders in flight are tracked, so a publish can wait for those that started before its
 *   commit and then revalidate at once (cache/renderTracker.ts): Next hands every request that arrives
 *   while a lookup or render of the same page is in flight that lookup's or render's result, so no
 *   visitor after a save may be joined to one that began before it.
 */
const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

const TRACKER_KEY = Symbol.for('toolkit-alternatives.render-tracker')
const CACHE_TAGS_HEADER = 'x-next-cache-tags'
const RENDERED_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])
// A render that never stored anything (it failed or returned nothing) stops counting after this long.
const RENDER_FORGOTTEN_AFTER_MS = 10_000

function createRenderTracker() {
  /** cache key -> when the render that will store it started */
  const rendering = new Map()
  /** cache key -> when the render of the stored entry started */
  const storedRenderStart = new Map()
  /** lookups in flight -> when they started: a request joining one is handed what it finds */
  const looking = new Map()
  /** cache tag -> when it was last revalidated */
  const revalidatedAt = new Map()
  const waiters = new Set()
  let handler

  const oldestStart = () => {
    const now = Date.now()
    let oldest = Infinity
    for (const [key, startedAt] of rendering) {
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
    renderStarting(key) {
      if (!rendering.has(key)) rendering.set(key, Date.now())
    },
    /** The render of `key` is being stored: its entry now dates from when that render started. */
    renderStoring(key) {
      const startedAt = rendering.get(key)
      if (startedAt === undefined) storedRenderStart.delete(key)
      else storedRenderStart.set(key, startedAt)
    },
    /**
     * The render of `key` is stored. Until then Next still hands it to every request for the page
     * (its batch lasts until the files are written), so only now does it stop counting as in flight.
     */
    renderFinished(key) {
      rendering.delete(key)
      wakeWaitersOnceHandedOut()
    },
    /**
     * Whether a page was revalidated at or after its stored render started (a revalidation in the
     * same millisecond counts: the render may have read the old content).
     */
    isOutdated(key, entry) {
      // The start of the last stored render dates this entry only if it is that render's (not older).
      const since = Math.min(storedRenderStart.get(key) ?? Infinity, entry.lastModified)
      return cacheTagsOf(entry.value).some((tag) => (revalidatedAt.get(tag) ?? -Infinity) >= since)
    },
    tagsRevalidated(tags) {
      const now = Date.now()
      for (const tag of tags) revalidatedAt.set(tag, now)
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
     * Expires the tags at once. Next applies a route handler's revalidations when its response is
     * finalised; a caller that has just waited for earlier work applies them here, in the same tick,
     * so that no lookup can start in between and hand out the old page. False without a handler yet.
     */
    revalidateTagsNow(tags) {
      if (!handler) return false
      void handler.revalidateTag(tags)
      return true
    },
  }
}

const tracker = (globalThis[TRACKER_KEY] ??= createRenderTracker())

function cacheTagsOf(value) {
  const header = value?.headers?.[CACHE_TAGS_HEADER]
  return typeof header === 'string' ? header.split(',') : []
}

/** Whether Next will render the page anew after this lookup (missing, expired or stale entry). */
function rendersAfter(entry) {
  if (!entry || entry.lastModified === -1) return true
  const revalidateSeconds = entry.cacheControl?.revalidate
  return typeof revalidateSeconds === 'number' && Date.now() - entry.lastModified > revalidateSeconds * 1000
}

export default class IsrCacheHandler extends FileSystemCache {
  constructor(options) {
    super(options)
    tracker.handlerCreated(this)
  }

  async get(key, ctx) {
    const lookup = {}
    tracker.lookupStarted(lookup)
    try {
      if (!RENDERED_KINDS.has(ctx?.kind)) return await super.get(key, ctx)
      const stored = await super.get(key, ctx)
      // An entry whose render started before its page was revalidated is as good as expired.
      const entry = stored && stored.lastModified !== -1 && tracker.isOutdated(key, stored) ? null : stored
      if (rendersAfter(entry)) tracker.renderStarting(key)
      return entry
    } finally {
      tracker.lookupFinished(lookup)
    }
  }

  async set(key, data, ctx) {
    tracker.renderStoring(key)
    try {
      return await super.set(key, data, ctx)
    } finally {
      tracker.renderFinished(key)
    }
  }

  async revalidateTag(tags, durations) {
    tracker.tagsRevalidated(typeof tags === 'string' ? [tags] : tags)
    return super.revalidateTag(tags, durations)
  }
}
