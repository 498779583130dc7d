import { defineConfig } from '@playwright/test'

import e2eConfig from './playwright.config'

/**
 * The e2e smoke on MongoDB: `npm run test:e2e:mongodb` (scripts/e2e-mongodb.sh) starts the MongoDB
 * test server, sets DATABASE_URI and E2E_PORT, and runs this config. Its web server is a production
 * build on that database, `npm run build && npm start`: the build's database step seeds the empty
 * database and `next build` prerenders the pages from it. Then the e2e suite's own browser,
 * first-admin setup and specs; of the specs, only the tests tagged @mongodb: the home page, the seed's
 * alternatives page word for word, an admin edit live on the next request, a reorder and an unpublish
 * that leaves a 404.
 *
 * A build of its own, not a copy of the SQLite e2e build: `next start` serves the pages `next build`
 * prerendered from its database until a publish refreshes them, so a copy would show SQLite's pages
 * and the word-for-word checks would never read MongoDB. The build also bakes in
 * NEXT_PUBLIC_SERVER_URL, the one origin the admin's API accepts.
 *
 * It builds into the e2e build's folder: Turbopack keeps its compiler cache per build folder, so there
 * the unchanged code compiles in seconds instead of a minute. That replaces the SQLite e2e build, so
 * scripts/e2e-mongodb.sh first forgets its database copy (E2E_SKIP_BUILD=1 then asks for a new build).
 */
const MONGODB_SMOKE = /@mongodb/
const BUILD_MINUTES = 15

const sqliteServer = e2eConfig.webServer
if (!sqliteServer || Array.isArray(sqliteServer)) throw new Error('playwright.config.ts is expected to start one web server')
if (!process.env.DATABASE_URI?.startsWith('mongodb')) {
  throw new Error('The MongoDB smoke runs through `npm run test:e2e:mongodb`, which starts its database.')
}
const baseURL = new URL(e2eConfig.use?.baseURL ?? '')

export default defineConfig({
  ...e2eConfig,
  outputDir: 'test-results/mongodb',
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/mongodb' }]],
  // The setup project, which creates the first admin, runs whole.
  projects: e2eConfig.projects?.map((project) => (project.name === 'setup' ? project : { ...project, grep: MONGODB_SMOKE })),
  webServer: {
    ...sqliteServer,
    command: `npm run build && npm start -- -p ${baseURL.port}`,
    timeout: BUILD_MINUTES * 60_000,
    // Never another server that happens to listen on the port.
    reuseExistingServer: false,
    // The same secret for the build and the server (MongoDB in production requires one), and the same
    // build folder as the SQLite e2e build (see above).
    env: {
      ...sqliteServer.env,
      NEXT_PUBLIC_SERVER_URL: baseURL.origin,
      SEED_ON_EMPTY_DATABASE: 'true',
    },
  },
})
