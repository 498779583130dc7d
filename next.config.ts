import path from 'node:path'

import type { NextConfig } from 'next'
import { withPayload } from '@payloadcms/next/withPayload'

import { env } from './lib/env'
import { securityHeaderRules } from './security/securityHeaders'

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

/**
 * withPayload sends `Critical-CH: Sec-CH-Prefers-Color-Scheme` (and friends) on every route. Chromium
 * answers that header by reloading the page on a cold visit, which costs public pages hundreds of
 * milliseconds. Only the admin reads the hint, so the rule is narrowed to /admin.
 */
function withClientHintsOnlyOnAdmin(config: NextConfig): NextConfig {
  const payloadHeaders = config.headers
  if (!payloadHeaders) return config
  return {
    ...config,
    headers: async (): Promise<HeaderRule[]> =>
      (await payloadHeaders()).map((rule) =>
        rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
          ? { ...rule, source: '/admin/:path*' }
          : rule,
      ),
  }
}

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The ISR cache, judged by when a render started (cache/renderAwareCache.mjs): in Redis, shared by
  // every server, when REDIS_URL is set; otherwise Next's file-system cache. Next imports the file
  // itself, so it needs an absolute path.
  cacheHandler: path.resolve(env.redisUrl ? 'cache/redisCacheHandler.mjs' : 'cache/isrCacheHandler.mjs'),
  images: { formats: ['image/avif', 'image/webp'] },
  // The build type-checks what it builds; `npm test` type-checks everything, tests and scripts too.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // No X-Powered-By: Next omits its own, and withPayload then adds no "Next.js, Payload" either.
  poweredByHeader: false,
  // CSP, framing, nosniff, referrer, permissions and (on https) HSTS on every response: see the module.
  headers: async () => securityHeaderRules({ https: env.servesHttps, isDevelopment: env.isDevelopment }),
  // One copy of Payload per server process. instrumentation.ts starts Payload outside the route
  // bundles; bundled, each would carry its own copy, and an error class thrown by one copy fails the
  // other's instanceof checks (a field's validation error then reached the admin as a bare 400).
  serverExternalPackages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb'],
  // app/global-not-found.tsx: the site and the admin are two root layouts, so unknown URLs need it.
  experimental: { globalNotFound: true },
}

export default withClientHintsOnlyOnAdmin(withPayload(nextConfig, { devBundleServerPackages: false }))
