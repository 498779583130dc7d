import { findRole } from './support/restApi'
import { collectCspViolations } from './support/cspViolations'
import { alternativesPageOf, alternativesPath, seedPage, toolkitPath } from './support/seedExpectations'
import { expect, test } from './support/visitor'

/**
 * The security headers as a browser meets them on the production build: present on every kind of
 * response, and a Content Security Policy that the public pages and the admin (live preview included)
 * work under without a single violation. security/securityHeaders.ts explains the policy.
 */
const PUBLIC_PAGES = ['/', toolkitPath(seedPage.role), alternativesPath(seedPage.role), '/toolkits/no-such-role']
const RESPONSES = [...PUBLIC_PAGES, '/admin', '/admin/login', '/api/roles?limit=1', '/api/graphql', '/robots.txt', '/no-such-page']

test.describe('security headers', () => {
  for (const path of RESPONSES) {
    test(`${path} carries them, and no X-Powered-By`, async ({ visitor }) => {
      const response = await visitor.request.get(path, { maxRedirects: 0 })
      const headers = response.headers()
      expect(headers['content-security-policy']).toMatch(/default-src .*frame-ancestors/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')
      expect(headers['x-powered-by']).toBeUndefined()
      // The e2e server runs on http://localhost: no HSTS there (security/securityHeaders.ts sends it on https).
      expect(headers['strict-transport-security']).toBeUndefined()
    })
  }

  test('the admin may not be framed at all; the public pages only by the site itself', async ({ visitor }) => {
    const admin = (await visitor.request.get('/admin', { maxRedirects: 0 })).headers()
    expect(admin['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(admin['x-frame-options']).toBe('DENY')
    const page = (await visitor.request.get(toolkitPath(seedPage.role))).headers()
    expect(page['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(page['x-frame-options']).toBe('SAMEORIGIN')
  })

  test('the public pages are still served from the static cache', async ({ visitor }) => {
    await visitor.request.get(toolkitPath(seedPage.role))
    const response = await visitor.request.get(toolkitPath(seedPage.role))
    expect(response.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
  })
})

test.describe('the Content Security Policy in the browser', () => {
  test('the public pages render under it with no violation', async ({ visitor }) => {
    const violations = await collectCspViolations(visitor)
    for (const path of PUBLIC_PAGES) {
      await visitor.goto(path)
      await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible()
      // A client-side navigation loads the next page's RSC payload and chunks under the same policy.
      if (path === '/') {
        await visitor.locator('main a[href^="/toolkits/"]').first().click()
        await expect(visitor).toHaveURL(/\/toolkits\//)
        await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible()
      }
    }
    expect(violations).toEqual([])
  })

  test('the admin works under it with no violation: dashboard, lists, edit view, live preview, versions, account', async ({
    page,
  }) => {
    const violations = await collectCspViolations(page)
    await page.goto('/admin')
    await expect(page.getByRole('link', { name: 'Roles', exact: true }).first()).toBeVisible()
    for (const path of ['/admin/collections/roles', '/admin/collections/tools', '/admin/collections/media/create', '/admin/collections/users', '/admin/account']) {
      await page.goto(path)
      await expect(page.locator('.template-default')).toBeVisible()
    }

    const role = await findRole(page.request, seedPage.role)
    expect(alternativesPageOf(seedPage.role)).toBeDefined()
    await page.goto(`/admin/collections/roles/${role.id}`)
    await expect(page.locator('#action-save')).toBeAttached()
    // The admin remembers whether live preview was open (an earlier spec may have left it so): the
    // toggler says which, from the first render on.
    const toggler = page.locator('#live-preview-toggler')
    await expect(toggler).toBeVisible()
    if (!/live-preview-toggler--active/.test((await toggler.getAttribute('class')) ?? '')) await toggler.click()
    await expect(toggler).toHaveClass(/live-preview-toggler--active/)
    // The live preview frames the site's own page (frame-src and frame-ancestors 'self').
    await expect(page.frameLocator('#live-preview-iframe').getByRole('heading', { level: 1 })).toBeVisible()

    await page.goto(`/admin/collections/roles/${role.id}/versions`)
    await expect(page.locator('.template-default')).toBeVisible()
    expect(violations).toEqual([])
  })

  test('a page on another origin cannot frame the admin, nor a public page', async ({ page, baseURL }) => {
    const framer = 'http://framer.invalid/'
    await page.route(framer, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe src="${baseURL}/admin/login"></iframe><iframe src="${baseURL}${toolkitPath(seedPage.role)}"></iframe>`,
      }),
    )
    // `goto` waits for the frames too. A refused frame shows Chromium's error page instead.
    await page.goto(framer)
    const frameUrls = page.frames().filter((frame) => frame !== page.mainFrame()).map((frame) => frame.url())
    expect(frameUrls).toEqual(['chrome-error://chromewebdata/', 'chrome-error://chromewebdata/'])
  })
})
