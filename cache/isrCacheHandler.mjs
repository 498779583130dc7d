// Next.js loads this file itself (next.config.ts `cacheHandler`), with Node's own import: plain JavaScript.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/**
 * Next's own file-system ISR cache, made safe for a publish that lands while a page is rendering.
 *
 * Next stamps a cache entry with the time it is *stored*. A render that started before a publish (so
 * read the old content) but finished after the publish's revalidation was therefore stored as newer
 * than the revalidation and served until the next publish or the one-hour safety net: under traffic,
 * a page could stay on an old version. Here an entry is judged by when its render *started*:
 * - a render that started before a revalidation of any of its pages is not stored (the entry stays
 *   stale, so the next request renders again, with the new content);
 * - renders in flight are tracked, so a publish can wait for those that started before its commit
 *   before revalidating (cache/renderTracker.ts), and no visitor joins an old render after a save.
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
  /** cache tag -> when it was last revalidated */
  const revalidatedAt = new Map()
  const waiters = new Set()

  const oldestRenderStart = () => {
    const now = Date.now()
    let oldest = Infinity
    for (const [key, startedAt] of rendering) {
      if (now - startedAt > RENDER_FORGOTTEN_AFTER_MS) rendering.delete(key)
      else oldest = Math.min(oldest, startedAt)
    }
    return oldest
  }
  const wakeWaiters = () => {
    const oldest = oldestRenderStart()
    for (const waiter of waiters) if (oldest > waiter.before) waiter.done(true)
  }

  return {
    renderStarting(key) {
      if (!rendering.has(key)) rendering.set(key, Date.now())
    },
    /** Returns when the finished render started, if it was tracked. */
    renderFinished(key) {
      const startedAt = rendering.get(key)
      rendering.delete(key)
      wakeWaiters()
      return startedAt
    },
    tagsRevalidated(tags) {
      const now = Date.now()
      for (const tag of tags) revalidatedAt.set(tag, now)
    },
    revalidatedSince(tags, time) {
      return tags.some((tag) => (revalidatedAt.get(tag) ?? -Infinity) >= time)
    },
    /** Resolves true once no render that started by `before` is in flight, false after `timeoutMs`. */
    waitForRendersStartedBefore(before, timeoutMs) {
      // A render that started in the same millisecond counts as earlier: it may have read the old content.
      if (oldestRenderStart() > before) return Promise.resolve(true)
      return new Promise((resolve) => {
        const waiter = {
          before,
          done: (settled) => {
            clearTimeout(timer)
            waiters.delete(waiter)
            resolve(settled)
          },
        }
        const timer = setTimeout(() => waiter.done(false), timeoutMs)
        waiters.add(waiter)
      })
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
  if (tracker.revalidatedSince(cacheTagsOf(entry.value), entry.lastModified)) return true
  const revalidateSeconds = entry.cacheControl?.revalidate
  return typeof revalidateSeconds === 'number' && Date.now() - entry.lastModified > revalidateSeconds * 1000
}

export default class IsrCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (RENDERED_KINDS.has(ctx?.kind) && rendersAfter(entry)) tracker.renderStarting(key)
    return entry
  }

  async set(key, data, ctx) {
    const startedAt = tracker.renderFinished(key)
    if (startedAt !== undefined && data && tracker.revalidatedSince(cacheTagsOf(data), startedAt)) return
    return super.set(key, data, ctx)
  }

  async revalidateTag(tags, durations) {
    tracker.tagsRevalidated(typeof tags === 'string' ? [tags] : tags)
    return super.revalidateTag(tags, durations)
  }
}
