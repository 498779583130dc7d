import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DecisionQuestions } from './collections/DecisionQuestions'
import { Media } from './collections/Media'
import { Redirects } from './collections/Redirects'
import { Roles } from './collections/Roles'
import { Tools } from './collections/Tools'
import { Users } from './collections/Users'
import { createDatabaseAdapter } from './lib/databaseAdapter'
import { env } from './lib/env'
import { prepareDatabase } from './lib/prepareDatabase'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Toolkit alternatives admin' },
  },
  collections: [Roles, Tools, DecisionQuestions, Redirects, Media, Users],
  editor: lexicalEditor(),
  db: createDatabaseAdapter(env, path.resolve(dirname, 'migrations')),
  // Browsers may call the API with cookies only from the site itself.
  cors: [env.serverUrl],
  csrf: [env.serverUrl],
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  // A refused write is the client's mistake, not the server's: keep it out of the error log.
  loggingLevels: { ValidationError: 'info', Forbidden: 'info', NotFound: 'info' },
  onInit: prepareDatabase,
})
