import { cache } from 'react'

import { getPayloadClient } from './payload'
import { AS_VISITOR, bestForTexts, SHOWN_TOOL_FIELDS, toLearnMoreLink, toRoleSummary, toToolLinks } from './roles'
import type { ComparisonRow, ExternalLink } from './views'

/** A role's row in a comparison: the alternatives page's table fields, with Best for and its link. */
export type ComparedRole = Pick<ComparisonRow, 'role' | 'primaryFocus' | 'keyResponsibility' | 'tools'> & {
  bestFor: string[]
  learnMore?: ExternalLink
}

/**
 * The published roles with these slugs, in that order, or null when one of them is unknown or not
 * published: a comparison is of the roles its address names, or none (404), never quietly fewer.
 */
export const getComparison = cache(async (slugs: readonly string[]): Promise<ComparedRole[] | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...AS_VISITOR,
    collection: 'roles',
    where: { slug: { in: [...slugs] } },
    depth: 1,
    pagination: false,
    select: { name: true, slug: true, toolkitName: true, tagline: true, primaryFocus: true, keyResponsibility: true, commonTools: true, bestFor: true, learnMore: true },
    populate: { tools: SHOWN_TOOL_FIELDS },
  })
  const rows = slugs.flatMap((slug) => docs.filter((role) => role.slug === slug))
  if (rows.length !== slugs.length) return null
  return rows.map((role) => ({
    role: toRoleSummary(role),
    primaryFocus: role.primaryFocus,
    keyResponsibility: role.keyResponsibility,
    tools: toToolLinks(role.commonTools),
    bestFor: bestForTexts(role.bestFor),
    learnMore: toLearnMoreLink(role.learnMore),
  }))
})
