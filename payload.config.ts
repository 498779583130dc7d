import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DecisionQuestions } from './collections/DecisionQuestions'
import { jobsCollection } from './collections/Jobs'
import { Media } from './collections/Media'
import { Redirects } from './collections/Redirects'
import { Roles } from './collections/Roles'
import { Tools } from './collections/Tools'
import { Users } from './collections/Users'
import { canRunJobs } from './access/canRunJobs'
import { revalidateEndpoint } from './endpoints/revalidate'
import { createDatabaseAdapter } from './database/adapter'
import { explicitEmptyValues } from './database/explicitEmptyValues'
import { answerLockedLikeWrongPassword } from './collections/Users/hooks/answerLockedLikeWrongPassword'
import { emailAdapter } from './lib/email'
import { env } from './lib/env'
import { expectedErrorLoggingLevels, payloadLogger } from './lib/logging'
import { prepareDatabase } from './database/prepareDatabase'
import { GRAPHQL_MAX_COMPLEXITY } from './security/requestLimits'
import { ACTIVITY_PATH } from './components/admin/activityPath'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    // Payload's default avatar loads each user's picture from Gravatar, sending a hash of their email to
    // a third party (and the CSP allows no other origin): a local icon instead.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Toolkit alternatives admin' },
    components: {
      beforeDashboard: ['@/components/admin/DashboardIntro#DashboardIntro'],
      afterNavLinks: ['@/components/admin/ActivityNavLink#ActivityNavLink'],
      views: { activity: { Component: '@/components/admin/ActivityView#ActivityView', path: ACTIVITY_PATH } },
    },
    livePreview: {
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 360, height: 740 },
        { label: 'Tablet', name: 'tablet', width: 768, height: 1024 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
      ],
    },
  },
  collections: [Roles, Tools, DecisionQuestions, Redirects, Media, Users],
  editor: lexicalEditor(),
  email: emailAdapter,
  db: createDatabaseAdapter(env, path.resolve(dirname, 'migrations')),
  plugins: [explicitEmptyValues],
  // Browsers may call the API with cookies only from the site itself.
  cors: [env.serverUrl],
  csrf: [env.serverUrl],
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // Query size, depth and fragment cycles are bounded before Payload (security/requestGuard.ts); complexity here.
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: GRAPHQL_MAX_COMPLEXITY },
  telemetry: false,
  // A refused request is the client's mistake, not the server's: keep it out of the error log.
  loggingLevels: expectedErrorLoggingLevels,
  logger: payloadLogger,
  hooks: { afterError: [answerLockedLikeWrongPassword] },
  endpoints: [revalidateEndpoint],
  jobs: {
    access: { run: canRunJobs },
    jobsCollectionOverrides: jobsCollection,
    // Scheduled publish and unpublish wait in the jobs queue; the server runs due ones every ten
    // seconds. Where no long-lived server runs, a cron calls /api/payload-jobs/run (see README).
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default' }],
    shouldAutoRun: () => env.runJobsInProcess,
  },
  onInit: prepareDatabase,
})
