import { defineConfig } from 'vitest/config'

/**
 * The topology tests (scripts/topology-test.sh): one production topology, started once by the test
 * file on the e2e build, so they run on their own and one at a time.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/topology/**/*.topology.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
})
