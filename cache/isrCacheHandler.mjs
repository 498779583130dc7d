// Next.js loads this file itself (next.config.ts `cacheHandler`), with Node's own import: plain JavaScript.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { createLocalClock } from './generations.mjs'
import { RenderAwareCache } from './renderAwareCache.mjs'

/**
 * The default ISR cache, for one server: Next's own file-system cache, with entries dated by when
 * their render started on a clock kept in this process (cache/renderAwareCache.mjs). With REDIS_URL
 * set, cache/redisCacheHandler.mjs takes its place.
 */
const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

// Next creates a handler per request: the clock lives as long as the process.
const CLOCK_KEY = Symbol.for('toolkit-alternatives.local-publish-clock')
const clock = (globalThis[CLOCK_KEY] ??= createLocalClock())

export default class IsrCacheHandler extends RenderAwareCache {
  constructor(options) {
    super(new FileSystemCache(options), clock, options)
  }
}
