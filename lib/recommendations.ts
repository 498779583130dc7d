import { cache } from 'react'

import { recommend, type PickResult } from './recommend'
import { getAlternativesPage } from './roles'
import type { AlternativesPageView } from './views'

export interface PickerPageView {
  page: AlternativesPageView
  answers: string[]
  result: PickResult
}

/**
 * The picker's result page: the published alternatives page's questions (a question whose toolkit is
 * not published is not among them) and what the visitor's answers give. Nothing is stored. A page
 * with no questions has no picker (null, like a missing page).
 */
export const getPickerPage = cache(async (slug: string, answers: string[]): Promise<PickerPageView | null> => {
  const page = await getAlternativesPage(slug)
  if (!page || page.questions.length === 0) return null
  return { page, answers, result: recommend(page.questions, answers) }
})
