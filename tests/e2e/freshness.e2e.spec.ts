/**
 * Pages are static (ISR); Payload's hooks call revalidatePath, so the first request after a save must
 * already show the change: each check is one `goto` of the public page, never a reload loop. Every
 * test puts back what it changed (REST, with the admin's session) so the other specs see the seed.
 */
import { arrayRowRoles, dragArrayRow, rankedRowLabels, openEditView, openTab, publishChanges, unpublish } from './support/adminUi'
import { comparisonRows, expectNotFoundPage, expectRanking, fact, questionItems, rankedItems } from './support/publicPages'
import { findRole, findTool, publish, type RoleDoc, unpublishViaRest } from './support/restApi'
import {
  alternativesPath,
  questionsFor,
  roleBySlug,
  seedContent,
  seedPage,
  seedPageRole,
  seedRankedSlugs,
  toolBySlug,
  toolkitNameOf,
  toolkitPath,
  toolsOf,
} from './support/seedExpectations'
import { expect, test } from './support/visitor'

const pagePath = alternativesPath(seedPage.role)

/** The questions follow the ranking. */
async function expectQuestionOrder(visitor: import('@playwright/test').Page, rankedSlugs: string[]) {
  await expect(questionItems(visitor).locator('h3')).toHaveText(
    questionsFor(seedPage.role, rankedSlugs).map(({ question }) => question),
  )
}

test.describe('a change in the CMS is on the public pages at the next request', () => {
  test('a tagline edited in the admin shows on the alternatives page and the toolkit page', { tag: '@mongodb' }, async ({ page, visitor }) => {
    const edited = roleBySlug('devops-engineer')
    const stored = await findRole(page.request, edited.slug)
    const tagline = `Edited in the admin at ${Date.now()}`
    try {
      await openEditView(page, 'roles', stored.id)
      await openTab(page, 'Toolkit page')
      const field = page.locator('#field-tagline')
      await expect(field).toHaveValue(edited.tagline!)
      await field.fill(tagline)
      await publishChanges(page, 'roles', stored.id)

      await visitor.goto(pagePath)
      await expect(rankedItems(visitor).nth(seedRankedSlugs.indexOf(edited.slug)).locator('h3')).toHaveText(
        `${edited.name} — ${tagline}`,
      )
      await expect(visitor.getByText(edited.tagline!)).toHaveCount(0)

      await visitor.goto(toolkitPath(edited.slug))
      await expect(visitor.getByRole('main').getByText(tagline, { exact: true })).toBeVisible()
      await expect(visitor.getByText(edited.tagline!)).toHaveCount(0)

      await visitor.goto('/')
      await expect(visitor.getByRole('main').getByText(tagline, { exact: true })).toBeVisible()
    } finally {
      await publish(page.request, 'roles', stored.id, { tagline: stored.tagline ?? null })
    }
  })

  test('a ranking reordered by dragging in the admin shows in the new order', { tag: '@mongodb' }, async ({ page, visitor }) => {
    const stored = await findRole(page.request, seedPage.role)
    const reordered = [seedRankedSlugs[1]!, seedRankedSlugs[2]!, seedRankedSlugs[0]!, ...seedRankedSlugs.slice(3)]
    try {
      await openEditView(page, 'roles', stored.id)
      await openTab(page, 'Alternatives page')
      const rows = arrayRowRoles(page, 'alternatives')
      await expect(rows).toHaveText(rankedRowLabels(seedRankedSlugs.map((slug) => roleBySlug(slug).name)))

      // The first alternative is dragged to third place.
      await dragArrayRow(page, 'alternatives', 0, 2)
      await expect(rows).toHaveText(rankedRowLabels(reordered.map((slug) => roleBySlug(slug).name)))
      await publishChanges(page, 'roles', stored.id)

      await visitor.goto(pagePath)
      await expectRanking(visitor, seedPageRole.name, reordered)
      await expectQuestionOrder(visitor, reordered)
    } finally {
      await publish(page.request, 'roles', stored.id, { alternatives: stored.alternatives })
    }
  })

  test('a ranking reordered through the REST API shows in the new order', async ({ page, visitor }) => {
    const stored = await findRole(page.request, seedPage.role)
    const reversed = [...(stored.alternatives ?? [])].reverse()
    const reversedSlugs = [...seedRankedSlugs].reverse()
    try {
      await publish<RoleDoc>(page.request, 'roles', stored.id, { alternatives: reversed })

      await visitor.goto(pagePath)
      await expectRanking(visitor, seedPageRole.name, reversedSlugs)
      await expectQuestionOrder(visitor, reversedSlugs)
    } finally {
      await publish(page.request, 'roles', stored.id, { alternatives: stored.alternatives })
    }
  })

  const unpublishings = [
    { how: 'with the admin’s "Unpublish"', slug: seedRankedSlugs[0]!, viaAdmin: true },
    { how: 'through the REST API (_status: draft)', slug: seedRankedSlugs.at(-1)!, viaAdmin: false },
  ]
  for (const { how, slug, viaAdmin } of unpublishings) {
    const role = roleBySlug(slug)
    test(`${role.name} unpublished ${how} leaves every public page`, { tag: '@mongodb' }, async ({ page, visitor }) => {
      const stored = await findRole(page.request, slug)
      try {
        if (viaAdmin) {
          await openEditView(page, 'roles', stored.id)
          await unpublish(page, 'roles', stored.id)
        } else {
          await unpublishViaRest(page.request, 'roles', stored.id)
        }

        const toolkit = await visitor.goto(toolkitPath(slug))
        expect(toolkit?.status()).toBe(404)
        await expectNotFoundPage(visitor)

        await visitor.goto('/')
        await expect(visitor.getByRole('main').getByRole('listitem')).toHaveCount(seedContent.roles.length - 1)
        await expect(visitor.getByRole('link', { name: toolkitNameOf(role), exact: true })).toHaveCount(0)

        await visitor.goto(pagePath)
        const remaining = seedRankedSlugs.filter((ranked) => ranked !== slug)
        await expectRanking(visitor, seedPageRole.name, remaining)
        await expect(comparisonRows(visitor, seedPageRole.name)).toHaveCount(remaining.length + 1)
        // Nothing on the page links to the page that is gone.
        await expect(visitor.locator(`a[href="${toolkitPath(slug)}"]`)).toHaveCount(0)
      } finally {
        await publish(page.request, 'roles', stored.id, {})
      }
    })
  }

  test('a tool renamed in the admin shows under its new name on every page that lists it', async ({ page, visitor }) => {
    const tool = toolBySlug('kubernetes')
    const stored = await findTool(page.request, tool.slug)
    const renamed = 'Kubernetes (K8s)'
    const nameOf = (slug: string) => (slug === tool.slug ? renamed : toolBySlug(slug).name)
    const rolesWithTool = seedContent.roles.filter((role) => role.commonTools.includes(tool.slug))
    expect(rolesWithTool.length, 'the seed lists the tool somewhere').toBeGreaterThan(0)
    try {
      await openEditView(page, 'tools', stored.id)
      const field = page.locator('#field-name')
      await expect(field).toHaveValue(tool.name)
      await field.fill(renamed)
      await publishChanges(page, 'tools', stored.id)

      for (const role of rolesWithTool) {
        await test.step(`${toolkitPath(role.slug)}`, async () => {
          await visitor.goto(toolkitPath(role.slug))
          const links = fact(visitor, 'Common Tools').getByRole('link')
          await expect(links).toHaveText(role.commonTools.map(nameOf))
          await expect(links.nth(role.commonTools.indexOf(tool.slug))).toHaveAttribute('href', tool.url)
        })
      }

      await test.step(pagePath, async () => {
        await visitor.goto(pagePath)
        const rows = comparisonRows(visitor, seedPageRole.name)
        const tableRoles = [seedPageRole, ...seedRankedSlugs.map(roleBySlug)]
        expect(tableRoles.filter((role) => role.commonTools.includes(tool.slug)).length).toBeGreaterThan(0)
        for (const [index, role] of tableRoles.entries()) {
          await expect(rows.nth(index).locator('td').nth(2).getByRole('link')).toHaveText(toolsOf(role).map(({ slug }) => nameOf(slug)))
        }
        await expect(visitor.getByRole('link', { name: tool.name, exact: true })).toHaveCount(0)
      })
    } finally {
      await publish(page.request, 'tools', stored.id, { name: stored.name, slug: stored.slug })
    }
  })
})
