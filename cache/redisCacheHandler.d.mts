import { RenderAwareCache } from './renderAwareCache.mjs'

/** Types for redisCacheHandler.mjs (Next constructs it itself; it reads REDIS_URL and `serverDistDir`). */
export default class RedisCacheHandler extends RenderAwareCache {
  constructor(options: { serverDistDir?: string } & Record<string, unknown>)
}
