import { expect, type Page, type Response } from '@playwright/test'

/**
 * The Payload admin, driven like an editor would. Edit views are opened by URL (ids come from the
 * REST API), and a save is awaited on its own PATCH response: that request runs the
 * revalidation hooks, so once it has answered the public pages must be fresh.
 */
export async function openEditView(page: Page, collection: 'roles' | 'tools', id: string): Promise<void> {
  await page.goto(`/admin/collections/${collection}/${id}`)
  await expect(page.locator('#action-save')).toBeAttached()
  await waitForFormReady(page)
}

/**
 * Payload's form sets data-form-ready once it has mounted and built its state. Typing before then is
 * lost when the form hydrates (the field shows the stored value again), so an edit made too early
 * publishes nothing: seen in a fresh-clone CI run, where the admin's first render is slow.
 */
export async function waitForFormReady(page: Page): Promise<void> {
  await expect(page.locator('form[data-form-ready="true"]').first()).toBeAttached()
}

/** Payload remembers the last tab per user, so always pick the one a field lives on. */
export async function openTab(page: Page, label: string): Promise<void> {
  const tab = page.locator('.tabs-field__tab-button', { hasText: new RegExp(`^${label}$`) })
  await tab.click()
  await expect(tab).toHaveClass(/tabs-field__tab-button--active/)
}

/** The next PATCH of this document whose query string passes `query` (publish or autosave). */
function waitForDocumentPatch(
  page: Page,
  collection: 'roles' | 'tools',
  id: string,
  query: (params: URLSearchParams) => boolean,
): Promise<Response> {
  return page.waitForResponse((response) => {
    const url = new URL(response.url())
    return response.request().method() === 'PATCH' && url.pathname === `/api/${collection}/${id}` && query(url.searchParams)
  })
}

export function waitForSave(page: Page, collection: 'roles' | 'tools', id: string): Promise<Response> {
  // Roles autosave drafts (PATCH …?autosave=true&draft=true) while the form changes: not a publish.
  return waitForDocumentPatch(page, collection, id, (params) => params.get('draft') !== 'true')
}

/** Autosave's own PATCH (…?autosave=true&draft=true): the draft is stored once it has answered. */
export function waitForAutosave(page: Page, collection: 'roles' | 'tools', id: string): Promise<Response> {
  return waitForDocumentPatch(page, collection, id, (params) => params.get('autosave') === 'true')
}

/** Clicks "Publish changes" and waits for the save to be answered. */
export async function publishChanges(page: Page, collection: 'roles' | 'tools', id: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Publish changes', exact: true })
  await expect(button).toBeEnabled()
  const saved = waitForSave(page, collection, id)
  await button.click()
  const response = await saved
  expect(response.status(), `Publish changes: ${await response.text()}`).toBe(200)
}

/** "Unpublish" lives in the document controls' "…" menu and asks for confirmation. */
export async function unpublish(page: Page, collection: 'roles' | 'tools', id: string): Promise<void> {
  await page.locator('.doc-controls__popup .popup-button').click()
  await page.locator('#action-unpublish').click()
  const dialog = page.getByRole('dialog').filter({ hasText: 'Confirm unpublish' })
  const saved = waitForSave(page, collection, id)
  await dialog.getByRole('button', { name: 'Confirm', exact: true }).click()
  const response = await saved
  expect(response.status(), `Unpublish: ${await response.text()}`).toBe(200)
}

/**
 * The label of each row of the ranking as the admin shows it, collapsed or not: "<rank>. <role name>"
 * (components/admin/AlternativeRowLabel.tsx). Compare with `rankedRowLabels`.
 */
export function arrayRowRoles(page: Page, arrayName: string) {
  return page.locator(`[id^="${arrayName}-row-"] span`).filter({ hasText: /^\d+\. / })
}

/** The row labels a ranking of these role names shows, best first. */
export function rankedRowLabels(names: string[]): string[] {
  return names.map((name, index) => `${index + 1}. ${name}`)
}

/**
 * Drags an array row by its handle onto another row's place. @dnd-kit's mouse sensor starts after
 * 5 px of movement and follows mouse moves, so the pointer travels in small steps.
 */
export async function dragArrayRow(page: Page, arrayName: string, from: number, to: number): Promise<void> {
  const handle = (index: number) => page.locator(`#${arrayName}-row-${index} .collapsible__drag`).first()
  // Mouse events only land inside the viewport: bring both rows into view first.
  await handle(Math.max(from, to)).scrollIntoViewIfNeeded()
  await handle(Math.min(from, to)).scrollIntoViewIfNeeded()
  const source = await handle(from).boundingBox()
  const target = await handle(to).boundingBox()
  if (!source || !target) throw new Error('Array row drag handles are not visible')
  const x = source.x + source.width / 2
  const startY = source.y + source.height / 2
  const direction = to > from ? 1 : -1
  // Past the target row's centre, so it is the closest droppable.
  const endY = target.y + target.height / 2 + direction * 8
  await page.mouse.move(x, startY)
  await page.mouse.down()
  await page.mouse.move(x, startY + direction * 10, { steps: 5 })
  await page.mouse.move(x, endY, { steps: 20 })
  await page.mouse.move(x, endY + direction)
  await page.mouse.up()
}
