/**
 * What marketing sees in the admin: its rankings on the dashboard, and on opening one, its own
 * ranking screen (collections/Roles/rankingScreen.ts): the ranked roles as a drag list with the public
 * page beside it (live preview) and one publish, and nothing else: no other field, tab or sidebar, no
 * "Create New", nothing to add, remove, duplicate or edit (a row's menu only moves it up or down, for
 * the keyboard), and no unpublish, delete, "Schedule publish", "Revert to published", Versions or
 * "Restore this version". Open, drag, publish: three actions. The admin (signed in as the default `page`) is the control: everything is there for an
 * editor.
 */
import { arrayRowRoles, dragArrayRow, openEditView, openTab, publishChanges, rankedRowLabels, waitForAutosave, waitForFormReady } from './support/adminUi'
import { collectCspViolations } from './support/cspViolations'
import { signInToAdmin } from './support/editorialUi'
import { expectRanking, rankedItems } from './support/publicPages'
import { createUser, deleteDoc, findRole, findRoleVersion, publish, releaseEditLock, saveDraft } from './support/restApi'
import { alternativesPath, roleBySlug, seedPage, seedPageRole, seedRankedSlugs } from './support/seedExpectations'
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
const versionsTab = (page: Page) => page.locator('.doc-tab').filter({ hasText: /^Versions/ })

/** A version's page in the Versions view, once it shows the version. */
async function openVersionView(page: Page, roleId: string, versionId: string) {
  await page.goto(`/admin/collections/roles/${roleId}/versions/${versionId}`)
  await expect(page.locator('.view-version')).toBeVisible()
}

test('marketing opens a ranking from its dashboard, drags a row with the page beside it and publishes: nothing else in its way', async ({
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
  // Its screen frames the public page: under the Content Security Policy, with no violation.
  const violations = await collectCspViolations(marketing)
  const namesOf = (slugs: string[]) => slugs.map((slug) => roleBySlug(slug).name)
  // Dragged: the first to third place; then, from the keyboard, the third (formerly first) up to second.
  const reordered = [seedRankedSlugs[1]!, seedRankedSlugs[2]!, seedRankedSlugs[0]!, ...seedRankedSlugs.slice(3)]
  const published = [seedRankedSlugs[1]!, seedRankedSlugs[0]!, seedRankedSlugs[2]!, ...seedRankedSlugs.slice(3)]
  const preview = marketing.frameLocator('#live-preview-iframe')
  try {
    // A draft newer than the live page: the status then reads "Changed" and offers "Revert to published".
    await saveDraft(page.request, 'roles', stored.id, {})
    const liveVersion = await findRoleVersion(page.request, stored.id, { 'version._status': 'published' })

    await test.step('(control) an editor keeps the whole edit view: every tab and field, "Create New", "Add", the row menu, editable rows, "Unpublish", "Delete", "Schedule publish", "Revert to published", Versions and "Restore this version"', async () => {
      await page.goto('/admin/collections/roles')
      await expect(createNew(page)).toBeVisible()
      await openEditView(page, 'roles', stored.id)
      await expect(page.locator('.doc-controls .status__value')).toHaveText('Changed')
      await expect(revertToPublished(page)).toBeVisible()
      expect(await scheduleOffered(page)).toBe(true)
      await expect(versionsTab(page)).toBeVisible()
      await openTab(page, 'Toolkit page')
      await expect(page.locator('#field-name')).toBeEnabled()
      await expect(page.locator('#field-slug')).toBeEnabled()
      await openTab(page, 'Alternatives page')
      await expect(addRowButton(page)).toBeVisible()
      await expect(rowMenu(page, 0)).toBeVisible()
      await expandRow(page, 0)
      await expect(page.locator('#field-alternatives__0__pitch')).toBeEnabled()
      expect(await menuOffers(page)).toEqual({ unpublish: true, delete: true })
      await openVersionView(page, stored.id, liveVersion.id)
      await expect(restoreVersion(page)).toBeVisible()
    })

    await test.step('marketing signs in to its rankings, with no other collection in the way and no "Create New", and opens one in one click', async () => {
      await signInToAdmin(marketing, email, password)
      const rankings = marketing.getByRole('region', { name: 'Your rankings' })
      const ranking = rankings.getByRole('listitem').filter({ has: marketing.getByRole('link', { name: seedPageRole.name, exact: true }) })
      await expect(ranking).toContainText(namesOf(seedRankedSlugs).join(', '))
      for (const hidden of ['Tools', 'Decision questions', 'Redirects', 'Media', 'Users']) {
        await expect(marketing.getByRole('link', { name: hidden, exact: true })).toHaveCount(0)
      }
      // Its own account stays reachable (password, name) though Users is not in its menu.
      await marketing.goto('/admin/account')
      await expect(marketing.locator('#field-email')).toHaveValue(email)
      await marketing.goto('/admin/collections/roles')
      await expect(marketing.getByRole('link', { name: seedPageRole.name, exact: true })).toBeVisible()
      await expect(createNew(marketing)).toHaveCount(0)
      await expect(marketing.getByText('Create New')).toHaveCount(0)
      await marketing.goto('/admin')
      // Action 1: open the ranking.
      await ranking.getByRole('link', { name: seedPageRole.name, exact: true }).click()
      await expect(marketing).toHaveURL(new RegExp(`/admin/collections/roles/${stored.id}$`))
      await waitForFormReady(marketing)
    })

    await test.step('its screen: the ranked roles as a drag list, the page beside it, one publish, and nothing else', async () => {
      await expect(marketing.getByText(`${seedPageRole.name}: ranked alternatives`, { exact: true })).toBeVisible()
      await expect(arrayRowRoles(marketing, 'alternatives')).toHaveText(rankedRowLabels(namesOf(seedRankedSlugs)))
      await expect(dragHandle(marketing, 0)).toBeVisible()
      // The page beside the list, opened at the ranking, with the drafts.
      await expect(preview.getByRole('status').filter({ hasText: 'Preview:' })).toBeVisible()
      await expectRanking(preview, seedPageRole.name, seedRankedSlugs)
      await expect(rankedItems(preview).first()).toBeInViewport()
      const list = await marketing.locator('.ranking-field--reorder-only').boundingBox()
      const frame = await marketing.locator('#live-preview-iframe').boundingBox()
      expect(frame!.x, 'the preview is to the right of the list').toBeGreaterThanOrEqual(list!.x + list!.width)
      // Nothing else: one tab, no field to type in, no sidebar, no row fields, no Versions or API.
      await expect(marketing.locator('.tabs-field__tab-button:visible')).toHaveText(['Alternatives page'])
      await expect(marketing.locator('.document-fields').locator('input, textarea, select, [contenteditable="true"]').filter({ visible: true })).toHaveCount(0)
      for (const field of ['name', 'slug', 'alternativesHeading', 'howToPickIntro', 'savedBy']) {
        await expect(marketing.locator(`#field-${field}`)).toHaveCount(0)
      }
      await expect(marketing.getByRole('heading', { name: 'Live ranking' })).toHaveCount(0)
      await expect(marketing.locator('.ranking-field--reorder-only .collapsible__toggle').first()).toBeHidden()
      await expect(versionsTab(marketing)).toHaveCount(0)
      await expect(marketing.locator('.doc-tab').filter({ hasText: /^API$/ })).toHaveCount(0)
      // Reorder only: no "Add" or paste; publish only: no unpublish, delete, schedule or revert.
      await expect(addRowButton(marketing)).toHaveCount(0)
      await expect(marketing.locator('.ranking-field--reorder-only .clipboard-action__popup')).toBeHidden()
      await expect(marketing.getByRole('button', { name: 'Publish changes', exact: true })).toBeVisible()
      await expect(marketing.locator('.doc-controls .status__value')).toHaveText('Changed')
      await expect(revertToPublished(marketing)).toBeHidden()
      expect(await scheduleOffered(marketing)).toBe(false)
      expect(await menuOffers(marketing)).toEqual({ unpublish: false, delete: false })
    })

    await test.step('marketing drags the first alternative to third place: the page beside it follows, visitors keep the live order', async () => {
      // Action 2: drag. Autosave stores the order as a draft, and the preview shows it.
      const autosaved = waitForAutosave(marketing, 'roles', stored.id)
      await dragArrayRow(marketing, 'alternatives', 0, 2)
      expect((await autosaved).status()).toBe(200)
      await expect(arrayRowRoles(marketing, 'alternatives')).toHaveText(rankedRowLabels(namesOf(reordered)))
      await expectRanking(preview, seedPageRole.name, reordered)
      await visitor.goto(alternativesPath(seedPage.role))
      await expectRanking(visitor, seedPageRole.name, seedRankedSlugs)
    })

    await test.step('from the keyboard too: a row\'s menu offers only "Move up" and "Move down", and moves the row', async () => {
      await rowMenu(marketing, 2).locator('.array-actions__button').press('Enter')
      const items = marketing.locator('.popup__content').getByRole('button').filter({ visible: true })
      await expect(items).toHaveText([/^Move up$/i, /^Move down$/i])
      const autosaved = waitForAutosave(marketing, 'roles', stored.id)
      await items.filter({ hasText: /^Move up$/i }).press('Enter')
      expect((await autosaved).status()).toBe(200)
      await expect(arrayRowRoles(marketing, 'alternatives')).toHaveText(rankedRowLabels(namesOf(published)))
      await expectRanking(preview, seedPageRole.name, published)
    })

    await test.step('marketing publishes; visitors see the new order, and no policy was violated', async () => {
      // Action 3: publish.
      await publishChanges(marketing, 'roles', stored.id)
      await visitor.reload()
      await expectRanking(visitor, seedPageRole.name, published)
      expect(violations).toEqual([])
    })

    await test.step('no "Restore this version" for marketing, even at a version\'s address', async () => {
      await openVersionView(marketing, stored.id, liveVersion.id)
      await expect(restoreVersion(marketing)).toHaveCount(0)
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
