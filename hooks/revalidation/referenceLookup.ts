import type { PayloadRequest, Where } from 'payload'

import type { ReferenceLookup, RoleRef } from './affectedPaths'
import { idOf } from '../../lib/relationships'

/** The published roles that refer to a document, read inside the write's own transaction. */
export function createReferenceLookup(req: PayloadRequest): ReferenceLookup {
  async function publishedRoles(where: Where): Promise<RoleRef[]> {
    const { docs } = await req.payload.find({
      collection: 'roles',
      where: { and: [where, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      select: { slug: true, alternatives: { role: true } },
      req,
    })
    return docs.flatMap((role) => {
      if (!role.slug) return []
      const rankedIds = (role.alternatives ?? []).flatMap(({ role: ranked }) => idOf(ranked) ?? [])
      return [{ id: role.id, slug: role.slug, hasAlternatives: rankedIds.length > 0, rankedIds }]
    })
  }

  const none = async (): Promise<RoleRef[]> => []

  return {
    rolesRanking: (roleIds) => (roleIds.length ? publishedRoles({ 'alternatives.role': { in: roleIds } }) : none()),
    rolesByIds: (roleIds) => (roleIds.length ? publishedRoles({ id: { in: roleIds } }) : none()),
    rolesShowingTool: async (toolId) => {
      const [inCommonTools, inLearnMore, inRankingRows] = await Promise.all([
        publishedRoles({ commonTools: { in: [toolId] } }),
        publishedRoles({ 'learnMore.tool': { equals: toolId } }),
        publishedRoles({ 'alternatives.learnMore.tool': { equals: toolId } }),
      ])
      return { inCommonTools, inLearnMore, inRankingRows }
    },
  }
}
