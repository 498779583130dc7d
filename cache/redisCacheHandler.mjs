// Next.js loads this file itself (next.config.ts `cacheHandler`, when REDIS_URL is set), with Node's
// own import: plain JavaScript.
import { RenderAwareCache } from './renderAwareCache.mjs'
import { sharedRedisFor } from './sharedRedis.mjs'

/**
 * The ISR cache for several servers: entries live in Redis (cache/sharedRedis.mjs), so a page that a
 * publish on one server refreshed is rendered anew on every server's next request, and dated by when
 * its render started on a publish clock kept in Redis (cache/renderAwareCache.mjs).
 */
export default class RedisCacheHandler extends RenderAwareCache {
  constructor(options) {
    // lib/env.ts validates REDIS_URL and next.config.ts picks this handler when it is set; Next imports
    // this file outside the app's TypeScript, so it cannot import lib/env.ts and reads it itself.
    // eslint-disable-next-line no-restricted-syntax
    const redisUrl = process.env.REDIS_URL?.trim()
    if (!redisUrl) throw new Error('cache/redisCacheHandler.mjs needs REDIS_URL.')
    const { store, clock } = sharedRedisFor(redisUrl, options.serverDistDir)
    super(store, clock)
  }
}
