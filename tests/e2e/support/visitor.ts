import { test as base, type Page } from '@playwright/test'

/** An anonymous session for the public pages. */
export const ANONYMOUS = { cookies: [], origins: [] }

/**
 * `visitor`: a page in a second, anonymous browser context, so a spec signed in as the admin can
 * check what the public sees.
 */
export const test = base.extend<{ visitor: Page }>({
  visitor: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: ANONYMOUS })
    const page = await context.newPage()
    await use(page)
    await context.close()
  },
})

export { expect } from '@playwright/test'
