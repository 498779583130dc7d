import { RenderAwareCache } from './renderAwareCache.mjs'

/** Types for isrCacheHandler.mjs (Next constructs it itself, with its file-system cache's options). */
/** Where, inside Next's server build folder, the handler keeps its record of revalidations. */
export const PUBLISH_RECORD: string

export default class IsrCacheHandler extends RenderAwareCache {
  constructor(options: Record<string, unknown>)
}
