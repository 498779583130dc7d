import { cache } from 'react'

import type { Role } from '@/payload-types'

import { getPayloadClient } from './payload'
import { recommend, type PickResult } from './recommend'
import { populatedOnly } from './relationships'
import { alternativesHeadingOf, AS_VISITOR, listDecisionQuestions, toRoleSummary } from './roles'
import type { DecisionQuestionView, RoleSummary } from './views'

export interface PickerPageView {
  role: RoleSummary
  /** The alternatives page's heading, which the result page links back to. */
  heading: string
  howToPickIntro?: string
  questions: DecisionQuestionView[]
  answers: string[]
  result: PickResult
}

/**
 * The picker's result page: the questions the published alternatives page asks (a question whose
 * toolkit is not published is not among them) and what the visitor's answers give. Nothing is
 * stored. The page renders per request, so it reads only what it shows: the role and its ranking's
 * ids, not the ranked roles' tables (a third of the alternatives page's reads). A role whose page
 * asks no question has no picker (null, like a missing page).
 */
export const getPickerPage = cache(async (slug: string, answers: string[]): Promise<PickerPageView | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...AS_VISITOR,
    collection: 'roles',
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    pagination: false,
    select: { name: true, slug: true, toolkitName: true, tagline: true, alternativesHeading: true, howToPickIntro: true, alternatives: { role: true } },
    // Populated only when published: a visitor reads an unpublished ranked role as its id.
    populate: { roles: { slug: true } },
  })
  const role = docs[0]
  if (!role) return null
  const rankedIds = populatedOnly<Role>((role.alternatives ?? []).map(({ role: ranked }) => ranked)).map(({ id }) => id)
  const questions = await listDecisionQuestions(role.id, rankedIds, false)
  if (questions.length === 0) return null
  const summary = toRoleSummary(role)
  return {
    role: summary,
    heading: alternativesHeadingOf(role.alternativesHeading, summary),
    ...(role.howToPickIntro ? { howToPickIntro: role.howToPickIntro } : {}),
    questions,
    answers,
    result: recommend(questions, answers),
  }
})
