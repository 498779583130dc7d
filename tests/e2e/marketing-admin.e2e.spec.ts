/**
 * What marketing sees in the admin on a role (collections/Roles/access.ts): every role, but no
 * "Create New"; read-only fields; the ranking's drag handles and a publish, nothing to add, remove,
 * duplicate or edit, and no unpublish, delete, "Schedule publish", "Revert to published" or "Restore
 * this version". The admin (signed in as the default `page`) is the control: everything is there for
 * an editor.
 */
import { dragArrayRow, openEditView, openTab, publishChanges } from './support/adminUi'
import { signInToAdmin } from './support/editorialUi'
import { expectRanking } from './support/publicPages'
import { createUser, deleteDoc, findRole, findRoleVersion, publish, releaseEditLock, saveDraft } from './support/restApi'
import { alternativesPath, roleBySlug, seedContent, seedPage, seedPageRole, seedRankedSlugs } from './support/seedExpectations'
import { ANONYMOUS, expect, test } from './support/visitor'
import type { Page } from '@playwright/test'

const stamp = Date.now().toString(36)

/** The roles list's "Create New" link is named "Create new Role". */
const createNew = (page: Page) => page.getByRole('link', { name: /^Create new\b/i })
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

/** Whether the document controls offer "Unpublish" and "Delete" (they sit in the "…" menu when there is one). */
async function menuOffers(page: Page): Promise<{ unpublish: boolean; delete: boolean }> {
  const menu = page.locator('.doc-controls__popup .popup-button')
  if ((await menu.count()) > 0) await menu.click()
  const offered = {
    unpublish: (await page.locator('#action-unpublish').count()) > 0,
    delete: (await page.locator('#action-delete').count()) > 0,
  }
  if ((await menu.count()) > 0) await page.keyboard.press('Escape')
  return offered
}

/** Whether "Publish changes" has a menu offering "Schedule publish". */
async function scheduleOffered(page: Page): Promise<boolean> {
  const menu = page.locator('#action-save-popup .popup-button')
  if ((await menu.count()) === 0) return false
  await menu.click()
  const offered = await page.locator('#schedule-publish').isVisible()
  await page.keyboard.press('Escape')
  return offered
}

const revertToPublished = (page: Page) => page.locator('#action-revert-to-published')
const restoreVersion = (page: Page) => page.getByRole('button', { name: 'Restore this version', exact: true })

/** A version's page in the Versions view, once it shows the version. */
async function openVersionView(page: Page, roleId: string, versionId: string) {
  await page.goto(`/admin/collections/roles/${roleId}/versions/${versionId}`)
  await expect(page.locator('.view-version')).toBeVisible()
}

test('marketing sees every role read-only but for the ranking\'s drag handles and a publish, and can reorder and publish', async ({
  page,
  browser,
  visitor,
}) => {
  // Two people’s sessions through the admin, the editor’s as the control, then the activity: longer than one page’s checks.
  test.setTimeout(3 * 60_000)
  const stored = await findRole(page.request, seedPage.role)
  const email = `ranking-${stamp}@example.test`
  const password = `ranking-password-${stamp}`
  const user = await createUser(page.request, { email, password, userRole: 'marketing', name: 'E2E Ranking' })
  const context = await browser.newContext({ storageState: ANONYMOUS })
  const marketing = await context.newPage()
  const reordered = [seedRankedSlugs[1]!, seedRankedSlugs[2]!, seedRankedSlugs[0]!, ...seedRankedSlugs.slice(3)]
  try {
    // A draft newer than the live page: the status then reads "Changed" and offers "Revert to published".
    await saveDraft(page.request, 'roles', stored.id, {})
    const liveVersion = await findRoleVersion(page.request, stored.id, { 'version._status': 'published' })

    await test.step('(control) an editor gets "Create New", "Add", the row menu, editable rows, "Unpublish", "Delete", "Schedule publish", "Revert to published" and "Restore this version"', async () => {
      await page.goto('/admin/collections/roles')
      await expect(createNew(page)).toBeVisible()
      await openEditView(page, 'roles', stored.id)
      await expect(page.locator('.doc-controls .status__value')).toHaveText('Changed')
      await expect(revertToPublished(page)).toBeVisible()
      expect(await scheduleOffered(page)).toBe(true)
      await openTab(page, 'Alternatives page')
      await expect(addRowButton(page)).toBeVisible()
      await expect(rowMenu(page, 0)).toBeVisible()
      await expandRow(page, 0)
      await expect(page.locator('#field-alternatives__0__pitch')).toBeEnabled()
      expect(await menuOffers(page)).toEqual({ unpublish: true, delete: true })
      await openVersionView(page, stored.id, liveVersion.id)
      await expect(restoreVersion(page)).toBeVisible()
    })

    await test.step('marketing signs in to its rankings, one click from each, with no other collection in the way, and sees every role, with no "Create New"', async () => {
      await signInToAdmin(marketing, email, password)
      const rankings = marketing.getByRole('region', { name: 'Your rankings' })
      const ranking = rankings.getByRole('listitem').filter({ has: marketing.getByRole('link', { name: seedPageRole.name, exact: true }) })
      await expect(ranking).toContainText(
        seedRankedSlugs.map((slug) => roleBySlug(slug).name).join(', '),
      )
      for (const hidden of ['Tools', 'Decision questions', 'Redirects', 'Media', 'Users']) {
        await expect(marketing.getByRole('link', { name: hidden, exact: true })).toHaveCount(0)
      }
      // Its own account stays reachable (password, name) though Users is not in its menu.
      await marketing.goto('/admin/account')
      await expect(marketing.locator('#field-email')).toHaveValue(email)
      await marketing.goto('/admin')
      await ranking.getByRole('link', { name: seedPageRole.name, exact: true }).click()
      await expect(marketing).toHaveURL(new RegExp(`/admin/collections/roles/${stored.id}$`))
      await marketing.goto('/admin/collections/roles')
      for (const role of seedContent.roles) {
        await expect(marketing.getByRole('link', { name: role.name, exact: true })).toBeVisible()
      }
      await expect(createNew(marketing)).toHaveCount(0)
      await expect(marketing.getByText('Create New')).toHaveCount(0)
    })

    await test.step('marketing gets read-only fields, drag handles, read-only rows, no "Add", no row menu, no "Unpublish", "Delete", "Schedule publish", "Revert to published" or "Restore this version"', async () => {
      await openEditView(marketing, 'roles', stored.id)
      await openTab(marketing, 'Toolkit page')
      await expect(marketing.locator('#field-name')).toHaveValue(seedPageRole.name)
      for (const field of ['name', 'tagline', 'slug']) await expect(marketing.locator(`#field-${field}`)).toBeDisabled()
      await expect(marketing.locator('.doc-controls .status__value')).toHaveText('Changed')
      await expect(revertToPublished(marketing)).toBeHidden()
      expect(await scheduleOffered(marketing)).toBe(false)
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
      expect(await menuOffers(marketing)).toEqual({ unpublish: false, delete: false })
      await openVersionView(marketing, stored.id, liveVersion.id)
      await expect(restoreVersion(marketing)).toHaveCount(0)
      await openEditView(marketing, 'roles', stored.id)
      await openTab(marketing, 'Alternatives page')
    })

    await test.step('marketing drags the first alternative to third place and publishes; visitors see it', async () => {
      await dragArrayRow(marketing, 'alternatives', 0, 2)
      await publishChanges(marketing, 'roles', stored.id)
      await visitor.goto(alternativesPath(seedPage.role))
      await expectRanking(visitor, seedPageRole.name, reordered)
    })

    // (Marketing still has the role open, which locks it: the role's "Live ranking" line is tested in
    // tests/int/version-authors.int.spec.ts.)
    await test.step('the editor finds the publish first in Recent publishes, naming marketing, with a link to the version', async () => {
      await page.goto('/admin')
      await page.getByRole('region', { name: 'Welcome' }).getByRole('link', { name: 'Recent publishes' }).click()
      await expect(page.getByRole('heading', { name: 'Recent publishes', level: 1 })).toBeVisible()
      const latest = page.getByRole('row').nth(1)
      await expect(latest).toContainText(`Role: ${seedPageRole.name}`)
      await expect(latest).toContainText('E2E Ranking')
      await latest.getByRole('link', { name: 'Compare' }).click()
      await expect(page.locator('.view-version')).toBeVisible()
    })
  } finally {
    // The seed's ranking first: the other specs read and write it. Marketing's page held the role's
    // edit lock, which outlives the page.
    await context.close()
    await releaseEditLock(page.request, stored.id)
    await publish(page.request, 'roles', stored.id, { alternatives: stored.alternatives })
    await deleteDoc(page.request, 'users', user.id)
  }
})
