import { describe, expect, it } from 'vitest'

import { securityHeaderRules, type HeaderRule } from '@/security/securityHeaders'

/** The headers a path gets: later matching rules override earlier ones, as in Next's `headers()`. */
function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (source: string) =>
    source === '/:path*' || (source.endsWith('/:path*') ? path === source.slice(0, -7) || path.startsWith(source.slice(0, -6)) : path === source)
  return Object.fromEntries(rules.filter(({ source }) => matches(source)).flatMap(({ headers }) => headers.map(({ key, value }) => [key, value])))
}

const directive = (policy: string | undefined, name: string) =>
  policy
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `))

describe('security headers', () => {
  const production = securityHeaderRules({ https: true, isDevelopment: false })
  const local = securityHeaderRules({ https: false, isDevelopment: false })

  it.each(['/', '/toolkits/devops-engineer', '/admin', '/admin/collections/roles', '/api/roles', '/no-such-page'])(
    '%s gets CSP, nosniff, a referrer policy and a permissions policy',
    (path) => {
      const headers = headersFor(production, path)
      expect(headers['Content-Security-Policy']).toMatch(/default-src .*frame-ancestors/)
      expect(headers['X-Content-Type-Options']).toBe('nosniff')
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['Permissions-Policy']).toContain('camera=()')
    },
  )

  it('the admin and the API may not be framed; public pages only by this site (the live preview)', () => {
    for (const path of ['/admin', '/admin/collections/roles', '/api/users/me']) {
      expect(directive(headersFor(production, path)['Content-Security-Policy'], 'frame-ancestors')).toBe("frame-ancestors 'none'")
      expect(headersFor(production, path)['X-Frame-Options']).toBe('DENY')
    }
    expect(directive(headersFor(production, '/toolkits/x')['Content-Security-Policy'], 'frame-ancestors')).toBe("frame-ancestors 'self'")
    expect(headersFor(production, '/toolkits/x')['X-Frame-Options']).toBe('SAMEORIGIN')
  })

  it('sends HSTS and upgrades insecure requests only on https', () => {
    expect(headersFor(production, '/')['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/)
    expect(headersFor(production, '/')['Content-Security-Policy']).toContain('upgrade-insecure-requests')
    expect(headersFor(local, '/')['Strict-Transport-Security']).toBeUndefined()
    expect(headersFor(local, '/')['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
  })

  it("allows eval only in development (React's dev tools), never in a build", () => {
    const development = securityHeaderRules({ https: false, isDevelopment: true })
    expect(directive(headersFor(development, '/')['Content-Security-Policy'], 'script-src')).toContain("'unsafe-eval'")
    expect(headersFor(production, '/')['Content-Security-Policy']).not.toContain("'unsafe-eval'")
  })

  it('lets API answers (JSON, uploaded files) run nothing', () => {
    expect(directive(headersFor(production, '/api/media/file/logo.svg')['Content-Security-Policy'], 'default-src')).toBe("default-src 'none'")
  })
})
