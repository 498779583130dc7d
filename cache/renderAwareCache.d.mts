/** Types for renderAwareCache.mjs, as far as the app and its tests use it (Next calls it itself). */
export interface CacheEntry {
  value?: unknown
  lastModified?: number
  cacheControl?: { revalidate: number | false; expire?: number }
}

export class RenderAwareCache {
  get(key: string, ctx: { kind: string }): Promise<CacheEntry | null>
  set(key: string, data: unknown, ctx: { kind: string; cacheControl?: CacheEntry['cacheControl'] }): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}
