import { defineConfig } from 'vitest/config'

const intFiles = ['tests/int/**/*.int.spec.ts']

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
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
