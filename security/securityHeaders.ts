/**
 * The security headers every response carries, as next.config.ts `headers()` rules. Pure, so the policy
 * is unit-tested on its own; the browser check that nothing is blocked is tests/e2e/security.e2e.spec.ts.
 *
 * Why `script-src 'unsafe-inline'`: the public pages are static (prerendered, refreshed by ISR), and
 * every page carries Next's inline RSC payload scripts (`self.__next_f.push(...)`). A nonce needs a
 * render per request, which would make every page dynamic; hashes of those scripts change with each
 * revalidation, so no header fixed at build time can list them; `experimental.sri` only adds `integrity`
 * to the external chunks. The policy's weight therefore lies in what it forbids besides inline script:
 * scripts, styles, frames and requests from any other origin, plugins, `<base>` rewrites, form posts
 * elsewhere, and framing (the admin never; public pages only by the admin's own live preview).
 */

type Header = { key: string; value: string }
export type HeaderRule = { source: string; headers: Header[] }

export interface SecurityHeaderOptions {
  /** The site is served over https (NEXT_PUBLIC_SERVER_URL): HSTS, and insecure requests upgraded. */
  https: boolean
  /** `next dev`: React's dev tools evaluate code (`'unsafe-eval'`). Never in a production build. */
  isDevelopment: boolean
}

/** Two years, the HSTS preload list's minimum is one. */
const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** The pages' and the admin's policy; they differ only in who may frame them. */
function pagePolicy({ https, isDevelopment }: SecurityHeaderOptions, frameAncestors: string): string {
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    // The admin sets inline styles (React `style` props, its theme) on nearly every element.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Upload previews in the admin are blob: and data: URLs.
    'img-src': ["'self'", 'blob:', 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    // The admin's live preview frames this site's own pages.
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [frameAncestors],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  })
}

/** API answers are data (JSON, uploaded files): nothing in them may run, style or be framed. */
const API_POLICY = policy({
  'default-src': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'unsafe-inline'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
})

const PLAYGROUND_POLICY = policy({
  'default-src': ["'self'", 'cdn.jsdelivr.net', 'fonts.googleapis.com', 'fonts.gstatic.com'],
  'script-src': ["'self'", "'unsafe-inline'", 'cdn.jsdelivr.net'],
  'style-src': ["'self'", "'unsafe-inline'", 'cdn.jsdelivr.net', 'fonts.googleapis.com'],
  'img-src': ["'self'", 'data:', 'cdn.jsdelivr.net'],
  'frame-ancestors': ["'none'"],
})

export function securityHeaderRules(options: SecurityHeaderOptions): HeaderRule[] {
  const everywhere: Header[] = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    ...(options.https ? [{ key: 'Strict-Transport-Security', value: `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` }] : []),
  ]
  // Later rules override earlier ones for the same header, so the general rule comes first.
  return [
    {
      source: '/:path*',
      headers: [
        ...everywhere,
        { key: 'Content-Security-Policy', value: pagePolicy(options, "'self'") },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    {
      source: '/admin/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: pagePolicy(options, "'none'") },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    {
      source: '/api/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: API_POLICY },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    // Payload's GraphQL playground (development only) is a page whose code and fonts come from CDNs.
    ...(options.isDevelopment
      ? [{ source: '/api/graphql-playground', headers: [{ key: 'Content-Security-Policy', value: PLAYGROUND_POLICY }] }]
      : []),
  ]
}
