/** Types for isrCacheHandler.mjs, as far as the app and its tests use it (Next calls it itself). */
export default class IsrCacheHandler {
  constructor(options: Record<string, unknown>)
  get(key: string, ctx: { kind: string }): Promise<{ value?: unknown; lastModified?: number } | null>
  set(key: string, data: unknown, ctx: { kind: string }): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}
