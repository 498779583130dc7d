import { RenderAwareCache } from './renderAwareCache.mjs'

/** Types for isrCacheHandler.mjs (Next constructs it itself, with its file-system cache's options). */
export default class IsrCacheHandler extends RenderAwareCache {
  constructor(options: Record<string, unknown>)
}
