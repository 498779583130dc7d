/**
 * What marketing sees in the admin on a role (collections/Roles/access.ts): the ranking's drag handles
 * and a publish, nothing to add, remove, duplicate or edit, and no unpublish. The admin (signed in as
 * the default `page`) is the control: everything is there for an editor.
 */
import { dragArrayRow, openEditView, openTab, publishChanges } from './support/adminUi'
import { signInToAdmin } from './support/editorialUi'
import { expectRanking } from './support/publicPages'
import { createUser, deleteDoc, findRole, publish } from './support/restApi'
import { alternativesPath, seedPage, seedPageRole, seedRankedSlugs } from './support/seedExpectations'
import { ANONYMOUS, expect, test } from './support/visitor'
import type { Page } from '@playwright/test'

const stamp = Date.now().toString(36)

const addRowButton = (page: Page) => page.getByRole('button', { name: /^Add Alternative$/ })
const rowMenu = (page: Page, index: number) => page.locator(`#alternatives-row-${index} .array-actions`)
const dragHandle = (page: Page, index: number) => page.locator(`#alternatives-row-${index} .collapsible__drag`).first()

/** Opens a ranked row so its fields show. */
async function expandRow(page: Page, index: number) {
  const pitch = page.locator(`#field-alternatives__${index}__pitch`)
  if (await pitch.isVisible()) return
  await page.locator(`#alternatives-row-${index} .collapsible__toggle`).first().click()
  await expect(pitch).toBeVisible()
}

/** Closes it again: an open row is taller, and the drag helper expects rows of one height. */
async function collapseRow(page: Page, index: number) {
  await page.locator(`#alternatives-row-${index} .collapsible__toggle`).first().click()
  await expect(page.locator(`#field-alternatives__${index}__pitch`)).toBeHidden()
}

/** Whether the document controls offer "Unpublish" (it sits in the "…" menu when there is one). */
async function unpublishOffered(page: Page): Promise<boolean> {
  const menu = page.locator('.doc-controls__popup .popup-button')
  if ((await menu.count()) > 0) await menu.click()
  const offered = (await page.locator('#action-unpublish').count()) > 0
  if ((await menu.count()) > 0) await page.keyboard.press('Escape')
  return offered
}

test('marketing sees only the drag handles and a publish on the ranking, and can reorder and publish', async ({
  page,
  browser,
  visitor,
}) => {
  const stored = await findRole(page.request, seedPage.role)
  const email = `ranking-${stamp}@example.test`
  const password = `ranking-password-${stamp}`
  const user = await createUser(page.request, { email, password, userRole: 'marketing', name: 'E2E Ranking' })
  const context = await browser.newContext({ storageState: ANONYMOUS })
  const marketing = await context.newPage()
  const reordered = [seedRankedSlugs[1]!, seedRankedSlugs[2]!, seedRankedSlugs[0]!, ...seedRankedSlugs.slice(3)]
  try {
    await test.step('(control) an editor gets "Add", the row menu, editable rows and "Unpublish"', async () => {
      await openEditView(page, 'roles', stored.id)
      await openTab(page, 'Alternatives page')
      await expect(addRowButton(page)).toBeVisible()
      await expect(rowMenu(page, 0)).toBeVisible()
      await expandRow(page, 0)
      await expect(page.locator('#field-alternatives__0__pitch')).toBeEnabled()
      expect(await unpublishOffered(page)).toBe(true)
    })

    await test.step('marketing gets drag handles, read-only rows, no "Add", no row menu, no "Unpublish"', async () => {
      await signInToAdmin(marketing, email, password)
      await openEditView(marketing, 'roles', stored.id)
      await openTab(marketing, 'Alternatives page')
      await expect(dragHandle(marketing, 0)).toBeVisible()
      await expect(addRowButton(marketing)).toHaveCount(0)
      for (let index = 0; index < seedRankedSlugs.length; index++) {
        await expect(rowMenu(marketing, index)).toBeHidden()
      }
      await expect(marketing.locator('.ranking-field--reorder-only .clipboard-action__popup')).toBeHidden()
      await expandRow(marketing, 0)
      await expect(marketing.locator('#field-alternatives__0__pitch')).toBeDisabled()
      await expect(marketing.locator('#field-alternatives__0__adjacency')).toBeDisabled()
      await collapseRow(marketing, 0)
      await expect(marketing.getByRole('button', { name: 'Publish changes', exact: true })).toBeVisible()
      expect(await unpublishOffered(marketing)).toBe(false)
    })

    await test.step('marketing drags the first alternative to third place and publishes; visitors see it', async () => {
      await dragArrayRow(marketing, 'alternatives', 0, 2)
      await publishChanges(marketing, 'roles', stored.id)
      await visitor.goto(alternativesPath(seedPage.role))
      await expectRanking(visitor, seedPageRole.name, reordered)
    })
  } finally {
    await context.close()
    await publish(page.request, 'roles', stored.id, { alternatives: stored.alternatives })
    await deleteDoc(page.request, 'users', user.id)
  }
})
