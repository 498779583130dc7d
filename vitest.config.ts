import { availableParallelism } from 'node:os'

import { defineConfig } from 'vitest/config'

const intFiles = ['tests/int/**/*.int.spec.ts']

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    // One file per core at once (Vitest's default leaves a core free). Each file has its own database,
    // and int files spend much of their time waiting on it and on child processes: on 2 cores the
    // suite took 526 s with one worker and 272 s with two.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // Each file boots Payload on its own copy of a database migrated (and seeded) once per run.
        test: {
          name: 'int',
          include: intFiles,
          env: { TEST_DATABASE: 'sqlite' },
          globalSetup: ['tests/int/support/sqliteGlobalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // The same suite on MongoDB: an in-process test server, or the real MongoDB that MONGODB_URI names.
        test: {
          name: 'int-mongodb',
          include: intFiles,
          env: { TEST_DATABASE: 'mongodb' },
          globalSetup: ['tests/int/support/mongodbGlobalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
