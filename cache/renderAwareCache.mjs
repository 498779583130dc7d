import { cacheTagsOf, generationOf, isOutdated, stamped, unstamped } from './generations.mjs'
import { tracker } from './inFlight.mjs'

/**
 * What both ISR cache handlers share (cache/isrCacheHandler.mjs on one server's disk,
 * cache/redisCacheHandler.mjs in Redis): a store that keeps the entries, a clock that dates them by
 * when their render started (cache/generations.mjs), and the process's lookups and renders in flight
 * (cache/inFlight.mjs).
 *
 * Next stamps an entry with the time it is *stored*, so a render that started before a publish (and
 * read the old content) but finished after it would be cached as newer than the publish. Here an
 * entry whose render started before a revalidation of its page is treated as expired, and the next
 * request renders it anew.
 */
const RENDERED_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

/** Whether Next will render the page anew after this lookup (missing, expired or stale entry). */
function rendersAfter(entry) {
  if (!entry || entry.lastModified === -1) return true
  const revalidateSeconds = entry.cacheControl?.revalidate
  return typeof revalidateSeconds === 'number' && Date.now() - entry.lastModified > revalidateSeconds * 1000
}

export class RenderAwareCache {
  #store
  #clock

  /**
   * store: Next's cache handler interface (get, set, revalidateTag).
   * clock: observe(tags) -> { current, latestRevalidation } and advance(tags), either of them
   * synchronous or a promise, rejecting when the clock cannot be reached.
   * options: what Next constructs the handler with.
   */
  constructor(store, clock, options) {
    this.#store = store
    this.#clock = clock
    // Next also creates handlers in the proxy (proxy.ts), with no build directory, where no page is
    // stored: a publish expires pages through the server's own.
    if (options.serverDistDir) tracker.handlerCreated(this)
  }

  async get(key, ctx) {
    const lookup = {}
    tracker.lookupStarted(lookup)
    try {
      const stored = await this.#store.get(key, ctx)
      if (!RENDERED_KINDS.has(ctx?.kind)) return stored
      const { current, latestRevalidation } = await this.#observe(stored)
      const entry =
        stored && stored.lastModified !== -1 && isOutdated(generationOf(stored.value), latestRevalidation) ? null : stored
      if (rendersAfter(entry)) tracker.renderStarting(key, current)
      return entry && unstamped(entry)
    } finally {
      tracker.lookupFinished(lookup)
    }
  }

  async set(key, data, ctx) {
    const generation = tracker.renderStoring(key)
    try {
      return await this.#store.set(key, RENDERED_KINDS.has(data?.kind) ? stamped(data, generation) : data, ctx)
    } finally {
      tracker.renderFinished(key)
    }
  }

  /**
   * Advances the clock before anything else (at once for the local clock; for Redis, its command is
   * sent before any later lookup's), then lets the store expire what it holds.
   */
  async revalidateTag(tags, durations) {
    const advanced = this.#clock.advance(typeof tags === 'string' ? [tags] : tags)
    await Promise.all([advanced, this.#store.revalidateTag(tags, durations)])
  }

  resetRequestCache() {}

  /** The clock unreachable: the entry counts as outdated and the render that follows as unstamped. */
  async #observe(stored) {
    try {
      return await this.#clock.observe(stored ? cacheTagsOf(stored.value) : [])
    } catch {
      return { current: undefined, latestRevalidation: Infinity }
    }
  }
}
