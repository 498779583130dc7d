// Next.js loads this file itself (next.config.ts `cacheHandler`, when REDIS_URL is set), with Node's
// own import: plain JavaScript. Next imports it outside the app's TypeScript, so it cannot use
// lib/env.ts (which validates REDIS_URL) and reads the environment itself.
/* eslint-disable no-restricted-syntax */
import IsrCacheHandler from './isrCacheHandler.mjs'
import { RenderAwareCache } from './renderAwareCache.mjs'
import { sharedRedisFor } from './sharedRedis.mjs'

/**
 * The ISR cache for several servers: entries live in Redis (cache/sharedRedis.mjs), so a page that a
 * publish on one server refreshed is rendered anew on every server's next request, and dated by when
 * its render started on a publish clock kept in Redis (cache/renderAwareCache.mjs).
 */
class RedisCacheHandler extends RenderAwareCache {
  constructor(options) {
    const redisUrl = process.env.REDIS_URL?.trim()
    if (!redisUrl) throw new Error('cache/redisCacheHandler.mjs needs REDIS_URL.')
    const { store, clock } = sharedRedisFor(redisUrl, options.serverDistDir)
    super(store, clock, options)
  }
}

/**
 * What Next constructs. Where no page is served from the cache, Next's file-system cache does, as
 * without Redis: while `next build` prerenders into files (Next sets NEXT_PHASE for its prerendering
 * workers, after it has read next.config.ts), and in the proxy (proxy.ts), which has no build
 * directory. Redis is for the running servers' pages.
 */
export default class CacheHandler {
  constructor(options) {
    const servesPages = options.serverDistDir && process.env.NEXT_PHASE !== 'phase-production-build'
    return servesPages ? new RedisCacheHandler(options) : new IsrCacheHandler(options)
  }
}
