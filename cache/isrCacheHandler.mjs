// Next.js loads this file itself (next.config.ts `cacheHandler`), with Node's own import: plain JavaScript.
import path from 'node:path'

import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { createLocalClock } from './generations.mjs'
import { RenderAwareCache } from './renderAwareCache.mjs'

/**
 * The default ISR cache, for one server: Next's own file-system cache, with entries dated by when
 * their render started on a clock kept in this process (cache/renderAwareCache.mjs). With REDIS_URL
 * set, cache/redisCacheHandler.mjs takes its place.
 */
const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

// Next creates a handler per request: the clock lives as long as the process, one per build folder,
// and keeps its record beside that build's cached pages (none for a handler without one: proxy.ts's).
const CLOCKS_KEY = Symbol.for('toolkit-alternatives.local-publish-clocks')
const clocks = (globalThis[CLOCKS_KEY] ??= new Map())
/** The record of revalidations, inside the folder where Next's file-system cache keeps the pages. */
export const PUBLISH_RECORD = path.join('route-cache', 'publish-generations.json')

function clockFor(serverDistDir) {
  const file = serverDistDir ? path.join(serverDistDir, PUBLISH_RECORD) : undefined
  if (!clocks.has(file)) clocks.set(file, createLocalClock({ file }))
  return clocks.get(file)
}

export default class IsrCacheHandler extends RenderAwareCache {
  constructor(options) {
    super(new FileSystemCache(options), clockFor(options.serverDistDir), options)
  }
}
