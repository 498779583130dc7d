import type { Page } from '@playwright/test'

/**
 * Collects every Content Security Policy violation a page (and its frames) meets: the browser's
 * `securitypolicyviolation` events, and its "Refused to …" console errors, which also cover what
 * never reaches a document (a refused frame, for instance).
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy|Refused to /i.test(text)) violations.push(`console (${message.location().url}): ${text}`)
  })
  await page.exposeFunction('__reportCspViolation', (report: string) => violations.push(report))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (report: string) => void }).__reportCspViolation
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}`)
    })
  })
  return violations
}
