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
    super(store, clock)
  }
}

// `next build` prerenders into files as it does without Redis (Next sets NEXT_PHASE for its
// prerendering workers, after it has read next.config.ts): Redis is for the running servers.
export default process.env.NEXT_PHASE === 'phase-production-build' ? IsrCacheHandler : RedisCacheHandler
