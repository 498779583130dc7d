import { alternativesPath, HOME_PATH, questionShowsOn, rolePaths, SITEMAP_PATH, toolkitPath } from './paths'
import { idOf, type Relation } from './relationships'

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

/** Only published states were ever on a public page; drafts never are. */
function publishedOnly<T extends PublishableSnapshot>(snapshots: (T | null | undefined)[]): T[] {
  return snapshots.filter((snapshot): snapshot is T => snapshot?._status === 'published')
}

function sortedUnique(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort()
}

export async function pathsShowingRole(snapshots: (RoleSnapshot | null | undefined)[], lookup: ReferenceLookup): Promise<string[]> {
  const shown = publishedOnly(snapshots)
  if (shown.length === 0) return []
  const roleId = shown[0]!.id
  const rankedIds = shown.flatMap((role) => (role.alternatives ?? []).map((row) => idOf(row.role)))
  const [rankers, ranked] = await Promise.all([
    lookup.rolesRanking([roleId]),
    lookup.rolesByIds(rankedIds.filter((id): id is string => Boolean(id))),
  ])
  // The sitemap lists each published role's addresses.
  const addressesChanged =
    shown.length === 1 || new Set(shown.map((role) => `${role.slug}:${Boolean(role.alternatives?.length)}`)).size > 1
  return sortedUnique([
    // The home page lists every role.
    HOME_PATH,
    ...(addressesChanged ? [SITEMAP_PATH] : []),
    ...shown.flatMap((role) => (role.slug ? rolePaths({ slug: role.slug, hasAlternativesPage: Boolean(role.alternatives?.length) }) : [])),
    // Pages that rank this role show its name, tagline, table cells and links.
    ...rankers.map((ranker) => alternativesPath(ranker.slug)),
    // A ranker's toolkit page links to its alternatives page only while it ranks a published role.
    ...(await rankersWhosePageComesOrGoes(roleId, shown, rankers, lookup)).map(toolkitPath),
    // Toolkit pages of the roles it ranks list it under "Where ... is an alternative".
    ...ranked.map((role) => toolkitPath(role.slug)),
  ])
}

/**
 * When a role is published or unpublished, a ranker whose only published alternative it is gains or
 * loses its alternatives page (and the link to it).
 */
async function rankersWhosePageComesOrGoes(
  roleId: string,
  shown: RoleSnapshot[],
  rankers: RoleRef[],
  lookup: ReferenceLookup,
): Promise<string[]> {
  const publicationChanged = shown.length === 1
  if (!publicationChanged || rankers.length === 0) return []
  const othersRanked = [...new Set(rankers.flatMap((ranker) => ranker.rankedIds))].filter((id) => id !== roleId)
  const publishedOthers = new Set((await lookup.rolesByIds(othersRanked)).map((role) => role.id))
  return rankers
    .filter((ranker) => !ranker.rankedIds.some((id) => id !== roleId && publishedOthers.has(id)))
    .map((ranker) => ranker.slug)
}

export async function pathsShowingTool(snapshots: (PublishableSnapshot | null | undefined)[], lookup: ReferenceLookup): Promise<string[]> {
  const shown = publishedOnly(snapshots)
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
  ])
}

export async function pathsShowingQuestion(snapshots: (QuestionSnapshot | null | undefined)[], lookup: ReferenceLookup): Promise<string[]> {
  const paths: string[] = []
  for (const question of publishedOnly(snapshots)) {
    const recommended = idOf(question.recommends)
    if (!recommended) continue
    const pages = await lookup.rolesRanking([recommended])
    paths.push(...pages.filter((page) => questionShowsOn(question, page.id)).map((page) => alternativesPath(page.slug)))
  }
  return sortedUnique(paths)
}
