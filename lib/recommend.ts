import type { DecisionQuestionView, RoleSummary } from './views'

/** What the rule reads of a toolkit and of a question: few fields, since the browser receives them too. */
export type PickedRole = Pick<RoleSummary, 'slug' | 'name' | 'toolkitName'>
export type PickerQuestion = Pick<DecisionQuestionView, 'id' | 'question'> & { recommends: PickedRole }

/**
 * The "Which toolkit fits me?" picker's rule, pure (no database, no Next), so the result page and the
 * in-place answer in the browser compute it alike.
 *
 * Each "How to pick" question recommends one toolkit. A visitor ticks the questions they answer yes
 * to; every toolkit recommended by a ticked question is a match, ranked by how many ticked questions
 * recommend it. Toolkits with as many matches share a rank, and are listed in the page's own order
 * (its questions come in the ranking's order, so the editors' ranking breaks the tie). Only the
 * questions the page shows count: an answer naming any other question (one since unpublished or
 * limited to other pages, or a question of another page) is ignored, and a question whose toolkit
 * is not published is not on the page, so it never recommends it.
 */
export interface Recommendation {
  /** 1 for the best matches; toolkits with as many matches share a rank (1, 1, 3). */
  rank: number
  role: PickedRole
  /** The ticked questions that recommend it, in the editors' words and the page's order. */
  matched: string[]
}

export type PickResult = { answered: false } | { answered: true; recommendations: Recommendation[] }

/** The query parameter carrying the ids of the ticked questions, once each. */
export const ANSWER_PARAM = 'q'

/**
 * What the browser needs, besides the form itself, to answer in place: each recommended toolkit once,
 * and for each question (in the page's order) the index of the one it recommends. The questions'
 * ids and words are not repeated here: the form's checkboxes and their labels carry them already,
 * and every prop of a client component is sent a second time, in the server-components payload.
 */
export interface PickerChoices {
  roles: PickedRole[]
  recommends: number[]
}

export function pickerChoices(questions: readonly DecisionQuestionView[]): PickerChoices {
  const roles: PickedRole[] = []
  const recommends = questions.map(({ recommends: { slug, name, toolkitName } }) => {
    const known = roles.findIndex((role) => role.slug === slug)
    return known >= 0 ? known : roles.push({ slug, name, toolkitName }) - 1
  })
  return { roles, recommends }
}

/** The questions again, from the form's checkboxes (id and label, in the page's order) and the choices. */
export function pickerQuestions(asked: readonly Pick<PickerQuestion, 'id' | 'question'>[], choices: PickerChoices): PickerQuestion[] {
  return asked.flatMap(({ id, question }, index) => {
    const recommends = choices.roles[choices.recommends[index] ?? -1]
    return recommends ? [{ id, question, recommends }] : []
  })
}

export function recommend(questions: readonly PickerQuestion[], answers: readonly string[]): PickResult {
  const ticked = new Set(answers)
  const byRole = new Map<string, { role: PickedRole; matched: string[] }>()
  for (const { id, question, recommends } of questions) {
    if (!ticked.has(id)) continue
    const match = byRole.get(recommends.slug) ?? { role: recommends, matched: [] }
    match.matched.push(question)
    byRole.set(recommends.slug, match)
  }
  if (byRole.size === 0) return { answered: false }
  // Map keeps the page's order; a stable sort keeps it among toolkits with as many matches.
  const matches = [...byRole.values()].sort((a, b) => b.matched.length - a.matched.length)
  const recommendations = matches.map((match) => ({
    rank: 1 + matches.filter((other) => other.matched.length > match.matched.length).length,
    ...match,
  }))
  return { answered: true, recommendations }
}
