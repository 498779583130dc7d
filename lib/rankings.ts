import type { Payload, TypedUser } from 'payload'

import { idOf } from './relationships'

export interface RankingSummary {
  id: string
  name: string
  /** The names of the ranked roles, best first. */
  rankedNames: string[]
}

/**
 * Every role that ranks alternatives, by name, with its ranking in order: marketing's list of what it
 * can reorder. One read of every role serves both the rankings and the names they point to. Read
 * with the user's own access and drafts, as the admin shows them.
 */
export async function listRankings(payload: Payload, user: TypedUser | null | undefined): Promise<RankingSummary[]> {
  const { docs: roles } = await payload.find({
    collection: 'roles',
    sort: 'name',
    depth: 0,
    pagination: false,
    draft: true,
    select: { name: true, alternatives: { role: true } },
    overrideAccess: false,
    user,
  })
  const namesById = new Map(roles.map((role) => [role.id, role.name]))
  return roles
    .filter((role) => (role.alternatives?.length ?? 0) > 0)
    .map((role) => ({
      id: role.id,
      name: role.name,
      rankedNames: (role.alternatives ?? []).map((row) => namesById.get(idOf(row.role) ?? '') ?? '…'),
    }))
}
