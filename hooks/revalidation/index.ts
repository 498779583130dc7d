import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import type { DecisionQuestion, Redirect, Role, Tool } from '@/payload-types'

import { pathsShowingQuestion, pathsShowingRedirect, pathsShowingRole, pathsShowingTool } from './affectedPaths'
import { publicPagesOf, type PublicPagesOf } from './publicPages'
import { isRevalidationOff } from './revalidationContext'
import { revalidatePaths } from './revalidatePaths'
import { revalidatePublicPages } from './revalidatePublicPages'

export const revalidateRolePages = revalidatePublicPages<Role>('roles', pathsShowingRole)
export const revalidateToolPages = revalidatePublicPages<Tool>('tools', pathsShowingTool)
export const revalidateQuestionPages = revalidatePublicPages<DecisionQuestion>('decision-questions', pathsShowingQuestion)

/** Where each collection's documents show, by the same rules, for the admin's "Public pages" panel. */
export const publicPages: Partial<Record<CollectionSlug, PublicPagesOf>> = {
  roles: publicPagesOf<Role>('roles', pathsShowingRole),
  tools: publicPagesOf<Tool>('tools', pathsShowingTool),
  'decision-questions': publicPagesOf<DecisionQuestion>('decision-questions', pathsShowingQuestion),
}

/** A redirect changes what its old address answers: refresh that address (and the one it had before). */
export const revalidateRedirectSource: { afterChange: CollectionAfterChangeHook<Redirect>; afterDelete: CollectionAfterDeleteHook<Redirect> } = {
  afterChange: async ({ doc, previousDoc, req, context }) => {
    if (!isRevalidationOff(context)) {
      await revalidatePaths(pathsShowingRedirect([doc.from, previousDoc?.from].filter(Boolean) as string[]), req)
    }
    return doc
  },
  afterDelete: async ({ doc, req, context }) => {
    if (!isRevalidationOff(context)) await revalidatePaths(pathsShowingRedirect([doc.from]), req)
    return doc
  },
}
