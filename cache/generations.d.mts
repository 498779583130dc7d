/** Types for generations.mjs, as far as the tests use it (Next's cache handlers call it themselves). */
export interface PublishClock {
  observe(tags: string[]): { current: number; latestRevalidation: number }
  advance(tags: string[]): void
}

export function createLocalClock(options?: { file?: string }): PublishClock
