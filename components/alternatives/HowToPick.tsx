import Link from 'next/link'

import { HOW_TO_PICK_ID, pickPath, toolkitPath } from '@/lib/paths'
import { ANSWER_PARAM, pickerChoices, type PickResult } from '@/lib/recommend'
import type { DecisionQuestionView, RoleSummary } from '@/lib/views'

import { Picker } from '../picker/Picker.client'

interface HowToPickProps {
  pageRole: RoleSummary
  intro?: string
  questions: DecisionQuestionView[]
  /** On the result page: the visitor's answers (ticked again) and what they give. */
  picked?: { answers: string[]; result: PickResult }
}

/** The "How to pick" questions, each a checkbox of the picker's form ("Which toolkit fits me?"). */
export function HowToPick({ pageRole, intro, questions, picked }: HowToPickProps) {
  if (!intro && questions.length === 0) return null
  const ticked = new Set(picked?.answers)
  const { slug, name, toolkitName } = pageRole
  return (
    <section id={HOW_TO_PICK_ID} aria-labelledby="how-to-pick-heading" className="mt-14">
      <h2 id="how-to-pick-heading">
        How to pick
      </h2>
      {intro && <p className="mt-4 text-lg leading-relaxed text-muted">{intro}</p>}
      {questions.length > 0 && (
        <Picker action={pickPath(slug)} choices={pickerChoices(questions)} pageRole={{ slug, name, toolkitName }} initial={picked}>
          <fieldset className="questions">
            <legend>Tick each question you answer “yes” to.</legend>
            <ol>
              {questions.map((question, index) => (
                // Index keys: the list never changes in the browser; an id as the key would be sent for nothing.
                <li key={index}>
                  <h3>
                    <label>
                      {/* No defaultChecked when unticked: an undefined prop is still sent, as "$undefined". */}
                      <input type="checkbox" name={ANSWER_PARAM} value={question.id} {...(ticked.has(question.id) && { defaultChecked: true })} />
                      {question.question}
                    </label>
                  </h3>
                  <p>{question.guidance}</p>
                  <p>
                    <Link href={toolkitPath(question.recommends.slug)}>{`Explore the ${question.recommends.toolkitName}`}</Link>
                  </p>
                </li>
              ))}
            </ol>
          </fieldset>
        </Picker>
      )}
    </section>
  )
}
