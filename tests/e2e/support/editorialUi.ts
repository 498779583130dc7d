import { type APIRequestContext, type APIResponse, expect, type Page } from '@playwright/test'

/**
 * Admin-panel steps of the editorial workflow (sign-in, preview, scheduled publishing) and the
 * raw HTTP checks a visitor's browser would make.
 */

/** Signs in through the admin's login form; the page ends on the dashboard. */
export async function signInToAdmin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: 'Login', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** The autosave indicator in the document controls ("Saving…", then "Last saved …"). */
export function autosaveStatus(page: Page) {
  return page.locator('.doc-controls .autosave')
}

/**
 * A time for the schedule drawer: whole minutes (the picker has no seconds), at least `leadMs` from
 * now.
 */
export function wholeMinuteAfter(leadMs: number): number {
  return Math.ceil((Date.now() + leadMs) / 60_000) * 60_000
}

/**
 * Schedules a publish or unpublish of the open document at `at` (epoch ms) through the "Publish
 * changes" button's menu → "Schedule Publish" drawer, typing the time into the date picker as the
 * picker shows it ("Nov 28, 2026 5:21 AM", in the browser's time zone).
 */
export async function schedule(page: Page, type: 'publish' | 'unpublish', at: number): Promise<void> {
  await page.locator('#action-save-popup .popup-button').click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer.getByRole('heading', { level: 2 })).toContainText('Schedule publish for')
  await expect(drawer.getByText('No upcoming events scheduled.')).toBeVisible()

  // The drawer preselects "Unpublish" when there is no newer draft: always choose.
  const label = type === 'publish' ? 'Publish' : 'Unpublish'
  await drawer.locator('.schedule-publish__type').getByText(label, { exact: true }).click()
  await expect(drawer.locator('.schedule-publish__type .radio-input--is-selected')).toHaveText(label)

  const typed = await page.evaluate((ms) => {
    const date = new Date(ms)
    const month = date.toLocaleString('en-US', { month: 'short' })
    const hours = date.getHours() % 12 || 12
    const meridiem = date.getHours() >= 12 ? 'PM' : 'AM'
    return `${month} ${date.getDate()}, ${date.getFullYear()} ${hours}:${String(date.getMinutes()).padStart(2, '0')} ${meridiem}`
  }, at)
  const time = drawer.locator('#time input')
  await time.fill(typed)
  await expect(time).toHaveValue(typed)
  // Close the calendar popper (it covers the Save button) without closing the drawer.
  await drawer.getByRole('heading', { level: 2 }).click()

  await drawer.locator('#scheduled-publish-save').click()
  await expect(page.getByText('Scheduled successfully.')).toBeVisible()
  const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
  await expect(upcoming).toHaveCount(1)
  await expect(upcoming).toContainText(label)
}

/** The status a visitor gets for a path, redirects not followed. */
export async function statusOf(request: APIRequestContext, path: string): Promise<number> {
  return (await request.get(path, { maxRedirects: 0 })).status()
}

/** Every Location header of a response (Playwright joins repeated headers in `headers()`). */
export function locationsOf(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === 'location')
    .map(({ value }) => value)
}
