import {
  alternativesPath,
  EVERY_COMPARISON,
  HOME_PATH,
  questionShowsOn,
  roleAddresses,
  roleSlugOf,
  rolePaths,
  SITEMAP_PATH,
  toolkitPath,
} from '../../lib/paths'
import { idOf, type Relation } from '../../lib/relationships'

/**
 * Which public pages a change shows on. The rule is the same for every collection: refresh every page
 * that showed the document before the change and every page that shows it after. Lookups of other
 * documents are injected, so the rules are unit-tested without a database.
 */
export interface RoleRef {
  id: string
  slug: string
  hasAlternatives: boolean
  /** The roles it ranks, published or not. */
  rankedIds: string[]
}

export interface ReferenceLookup {
  /** Published roles whose ranking includes any of these roles. */
  rolesRanking(roleIds: string[]): Promise<RoleRef[]>
  /** Published roles with these ids. */
  rolesByIds(roleIds: string[]): Promise<RoleRef[]>
  /** Published roles that show the tool: in Common Tools, as their learn-more link, or in a ranking row's link. */
  rolesShowingTool(toolId: string): Promise<{ inCommonTools: RoleRef[]; inLearnMore: RoleRef[]; inRankingRows: RoleRef[] }>
}

type Status = 'draft' | 'published' | null | undefined

export interface RoleSnapshot {
  id: string
  slug?: string | null
  _status?: Status
  alternatives?: { role?: Relation }[] | null
}

export interface QuestionSnapshot {
  id: string
  _status?: Status
  recommends?: Relation
  shownOn?: Relation[] | null
}

export interface PublishableSnapshot {
  id: string
  _status?: Status
}

/**
 * A document as it was before a write and as it is after it, as visitors see it (the stored, live
 * document): `before` is missing on a create, `after` on a delete.
 */
export interface Change<T> {
  before?: T | null
  after?: T | null
}

/** A collection's rule: the public pages a change of one of its documents shows on. */
export type PathsShowing<T> = (change: Change<T>, lookup: ReferenceLookup) => Promise<string[]>

/** Only published states were ever on a public page; drafts never are. */
function isPublished<T extends PublishableSnapshot>(snapshot: T | null | undefined): snapshot is T {
  return snapshot?._status === 'published'
}

function publishedStates<T extends PublishableSnapshot>({ before, after }: Change<T>): T[] {
  return [before, after].filter(isPublished)
}

function sortedUnique(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort()
}

function pagesOf(role: RoleSnapshot | null | undefined): string[] {
  if (!isPublished(role) || !role.slug) return []
  return rolePaths({ slug: role.slug, hasAlternativesPage: Boolean(role.alternatives?.length) })
}

export async function pathsShowingRole(change: Change<RoleSnapshot>, lookup: ReferenceLookup): Promise<string[]> {
  const shown = publishedStates(change)
  if (shown.length === 0) return []
  const roleId = shown[0]!.id
  const rankedIds = shown.flatMap((role) => (role.alternatives ?? []).flatMap((row) => idOf(row.role) ?? []))
  const [rankers, ranked] = await Promise.all([lookup.rolesRanking([roleId]), lookup.rolesByIds(rankedIds)])
  const [pagesBefore, pagesAfter] = [pagesOf(change.before), pagesOf(change.after)]
  return sortedUnique([
    // The home page lists every role.
    HOME_PATH,
    // The sitemap lists each published role's pages, dated by the role's last publish.
    SITEMAP_PATH,
    ...pagesBefore,
    ...pagesAfter,
    // Pages that rank this role show its name, tagline, table cells and links; their toolkit pages
    // offer to compare it (and link to the alternatives page only while it ranks a published role).
    ...rankers.flatMap((ranker) => roleAddresses(ranker.slug)),
    // Toolkit pages of the roles it ranks list it under "Where ... is an alternative".
    ...ranked.map((role) => toolkitPath(role.slug)),
    // Every comparison offers to compare it, and those that include it show its fields.
    EVERY_COMPARISON,
  ])
}

export async function pathsShowingTool(change: Change<PublishableSnapshot>, lookup: ReferenceLookup): Promise<string[]> {
  const shown = publishedStates(change)
  if (shown.length === 0) return []
  const { inCommonTools, inLearnMore, inRankingRows } = await lookup.rolesShowingTool(shown[0]!.id)
  const rolesWithTool = [...inCommonTools, ...inLearnMore]
  const rankers = await lookup.rolesRanking(rolesWithTool.map((role) => role.id))
  return sortedUnique([
    ...rolesWithTool.map((role) => toolkitPath(role.slug)),
    // A role's own row in its comparison table lists its Common Tools.
    ...inCommonTools.filter((role) => role.hasAlternatives).map((role) => alternativesPath(role.slug)),
    ...rankers.map((ranker) => alternativesPath(ranker.slug)),
    ...inRankingRows.map((role) => alternativesPath(role.slug)),
    // A comparison that includes a role shows its Common Tools and learn-more link.
    ...(rolesWithTool.length > 0 ? [EVERY_COMPARISON] : []),
  ])
}

export async function pathsShowingQuestion(change: Change<QuestionSnapshot>, lookup: ReferenceLookup): Promise<string[]> {
  const paths: string[] = []
  for (const question of publishedStates(change)) {
    const recommended = idOf(question.recommends)
    if (!recommended) continue
    const pages = await lookup.rolesRanking([recommended])
    paths.push(...pages.filter((page) => questionShowsOn(question, page.id)).map((page) => alternativesPath(page.slug)))
  }
  return sortedUnique(paths)
}

/**
 * A redirect answers at its old addresses; one from a toolkit page also says where that role's slug
 * went, which comparisons naming the old slug follow (lib/redirects.ts currentRoleSlugs).
 */
export function pathsShowingRedirect(froms: readonly string[]): string[] {
  return sortedUnique([...froms, ...(froms.some((from) => roleSlugOf(from)) ? [EVERY_COMPARISON] : [])])
}
