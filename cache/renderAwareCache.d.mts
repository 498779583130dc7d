/** Types for renderAwareCache.mjs, as far as the app and its tests use it (Next calls it itself). */
export interface CacheEntry {
  value?: unknown
  lastModified?: number
  cacheControl?: { revalidate: number | false; expire?: number }
}

export class RenderAwareCache {
  /** store: Next's cache handler interface; clock: generations.mjs's; options: what Next constructs the handler with. */
  constructor(store: unknown, clock: import('./generations.mjs').PublishClock, options: Record<string, unknown>)
  get(key: string, ctx: { kind: string }): Promise<CacheEntry | null>
  set(key: string, data: unknown, ctx: { kind: string; cacheControl?: CacheEntry['cacheControl'] }): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}
