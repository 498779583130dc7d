import { describe, expect, it } from 'vitest'

import { pickerChoices, pickerQuestions, recommend } from '@/lib/recommend'
import type { DecisionQuestionView, RoleSummary } from '@/lib/views'

/** What the browser gets to answer in place: each toolkit once, and which one each question recommends. */
const role = (slug: string): RoleSummary => ({ id: `id-${slug}`, slug, name: slug.toUpperCase(), toolkitName: `${slug.toUpperCase()} Toolkit`, tagline: `All about ${slug}` })
const question = (id: string, recommends: RoleSummary): DecisionQuestionView => ({
  id,
  question: `Question ${id}?`,
  guidance: `Long guidance for ${id}, which the picker never needs.`,
  recommends,
})
const devops = role('devops')
const data = role('data')
const questions = [question('q1', devops), question('q2', data), question('q3', devops)]
/** The form's checkboxes, as the browser reads them: value and label, in the page's order. */
const checkboxes = questions.map(({ id, question }) => ({ id, question }))

describe('pickerChoices', () => {
  it('lists each recommended toolkit once, with only what the answer shows, and points each question at one', () => {
    expect(pickerChoices(questions)).toEqual({
      roles: [
        { slug: 'devops', name: 'DEVOPS', toolkitName: 'DEVOPS Toolkit' },
        { slug: 'data', name: 'DATA', toolkitName: 'DATA Toolkit' },
      ],
      recommends: [0, 1, 0],
    })
  })

  it('with the form’s checkboxes, gives the answer in place the same result as the server’s', () => {
    const inBrowser = pickerQuestions(checkboxes, pickerChoices(questions))
    const onServer = questions.map(({ id, question, recommends: { slug, name, toolkitName } }) => ({ id, question, recommends: { slug, name, toolkitName } }))
    expect(inBrowser).toEqual(onServer)
    expect(recommend(inBrowser, ['q3', 'q2', 'q1'])).toEqual(recommend(onServer, ['q3', 'q2', 'q1']))
  })

  it('ignores a checkbox the choices do not cover rather than recommending anything for it', () => {
    expect(pickerQuestions([...checkboxes, { id: 'q4', question: 'Extra?' }], pickerChoices(questions)).map(({ id }) => id)).toEqual(['q1', 'q2', 'q3'])
  })
})
