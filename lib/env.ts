import { createHmac } from 'node:crypto'

import { DEFAULT_DATABASE_URI, databaseKindFor, type DatabaseKind } from '../database/databaseKind'

/**
 * The one place that reads process.env. Every value has a safe local default, so a fresh clone runs
 * with no .env at all; `.env.example` documents each key.
 */

const LOCAL_PAYLOAD_SECRET = 'local-development-secret-change-me'

function readBoolean(name: string, fallback: boolean): boolean {
  const raw = process.env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true
  if (['0', 'false', 'no', 'off'].includes(raw)) return false
  throw new Error(`${name} must be true or false; got "${raw}".`)
}

function readServerUrl(): string {
  const raw = process.env.NEXT_PUBLIC_SERVER_URL?.trim() || 'http://localhost:3000'
  try {
    return new URL(raw).origin
  } catch {
    throw new Error(`NEXT_PUBLIC_SERVER_URL must be an absolute URL such as https://example.com; got "${raw}".`)
  }
}

/** A URL that may carry a password (so never echoed), of one of these schemes, or undefined when unset. */
function readUrlWithCredentials(name: string, schemes: string[], example: string): string | undefined {
  const raw = process.env[name]?.trim()
  if (!raw) return undefined
  if (!schemes.some((scheme) => raw.startsWith(`${scheme}://`)) || !URL.canParse(raw)) {
    throw new Error(`${name} must be a ${schemes.map((scheme) => `${scheme}://`).join(' or ')} URL such as ${example}.`)
  }
  return raw
}

/**
 * CACHE_PURGE_URLS, the caching proxies a publish purges (hooks/revalidation/purgeProxies.ts), as
 * origins, with CACHE_PURGE_SECRET, which they check: each proxy is given the same secret, so it is
 * required rather than derived.
 */
function readCachePurge(): { proxies: string[]; secret: string } | undefined {
  const listed = (process.env.CACHE_PURGE_URLS ?? '').split(',').map((url) => url.trim()).filter(Boolean)
  if (listed.length === 0) return undefined
  const proxies = listed.map((url) => {
    if (!/^https?:\/\//.test(url) || !URL.canParse(url)) {
      throw new Error(`CACHE_PURGE_URLS must list http:// or https:// URLs separated by commas, such as http://proxy1:6081; got "${url}".`)
    }
    return new URL(url).origin
  })
  const secret = process.env.CACHE_PURGE_SECRET?.trim()
  if (!secret) throw new Error("CACHE_PURGE_SECRET must be set with CACHE_PURGE_URLS: the same value as in the proxies' environment.")
  return { proxies, secret }
}

const isProduction = process.env.NODE_ENV === 'production'
const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'
const databaseUri = process.env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI
const databaseKind: DatabaseKind = databaseKindFor(databaseUri)

function readPayloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  // A deployment on MongoDB is a real one: it must bring its own secret. The embedded database is
  // the local quick start, where a known default keeps `npm run build && npm start` working.
  if (isProduction && databaseKind === 'mongodb') {
    throw new Error('PAYLOAD_SECRET must be set in production (a long random string, e.g. `openssl rand -hex 32`).')
  }
  return LOCAL_PAYLOAD_SECRET
}

const payloadSecret = readPayloadSecret()

/** A secret of its own when set; otherwise one derived from PAYLOAD_SECRET, so none is ever empty. */
function readDerivedSecret(name: string): string {
  return process.env[name]?.trim() || createHmac('sha256', payloadSecret).update(name).digest('hex')
}

const serverUrl = readServerUrl()
const usesLocalPayloadSecret = !process.env.PAYLOAD_SECRET?.trim()

export const env = {
  isProduction,
  isDevelopment: process.env.NODE_ENV === 'development',
  isTest: process.env.NODE_ENV === 'test',
  databaseUri,
  /** DATABASE_URI was left unset: the embedded default file is in use. */
  usesDefaultDatabase: !process.env.DATABASE_URI?.trim(),
  databaseKind,
  payloadSecret,
  usesLocalPayloadSecret,
  /**
   * This process is the Next.js server (not `next build`, a `payload run` script or a test), whose log
   * is where the setup code is read. Next defines NEXT_RUNTIME in the code it compiles for its server.
   */
  isServerProcess: process.env.NEXT_RUNTIME === 'nodejs' && !isBuildPhase,
  isBuildPhase,
  serverUrl,
  /** The site is served over https: cookies are `Secure`, responses carry HSTS. */
  servesHttps: serverUrl.startsWith('https:'),
  /** Seed the document's content into an empty database when the app starts. */
  seedOnEmptyDatabase: readBoolean('SEED_ON_EMPTY_DATABASE', true),
  /** Guards the draft-preview route (`/preview`). */
  previewSecret: readDerivedSecret('PREVIEW_SECRET'),
  /** Guards the revalidation endpoint that background jobs call (`/api/revalidate`). */
  revalidateSecret: readDerivedSecret('REVALIDATE_SECRET'),
  /** Lets an external cron run due jobs (scheduled publishing) via `/api/payload-jobs/run`. */
  cronSecret: process.env.CRON_SECRET?.trim() || undefined,
  /**
   * Keep the ISR cache in this Redis, shared by every server; unset: on disk. Checked here, and read
   * again by cache/redisCacheHandler.mjs, which Next loads outside the app.
   */
  redisUrl: readUrlWithCredentials('REDIS_URL', ['redis', 'rediss'], 'redis://localhost:6379'),
  /** Where the admin's emails (password resets) go out, and whom they come from (lib/email.ts). */
  email: {
    smtpUrl: readUrlWithCredentials('SMTP_URL', ['smtp', 'smtps'], 'smtps://user:password@smtp.example.com:465'),
    fromAddress: process.env.EMAIL_FROM?.trim() || `no-reply@${new URL(serverUrl).hostname}`,
  },
  /** The caching proxies in front of the site (deploy/varnish) that a publish purges; unset: none. */
  cachePurge: readCachePurge(),
  /**
   * Run due jobs (scheduled publish and unpublish) inside the server process every few seconds. Off
   * while `next build` runs and for one-off scripts, where no long-lived process exists.
   */
  runJobsInProcess:
    readBoolean('JOBS_AUTORUN', true) && !isBuildPhase && process.env.NODE_ENV !== 'test',
} as const
