'use client'

import { type FormEvent, type ReactNode, useState } from 'react'

import { ANSWER_PARAM, type PickedRole, type PickerChoices, pickerQuestions, type PickResult, recommend } from '@/lib/recommend'

import { PickResultView } from './PickResult'

/** The result's anchor: the no-JavaScript result page opens scrolled to it. */
const PICK_RESULT_ID = 'picked'

interface PickerProps {
  /** The result page's address. Without JavaScript the form goes there (a plain GET). */
  action: string
  /** Which toolkit each question recommends; the questions themselves are the form's checkboxes. */
  choices: PickerChoices
  pageRole: PickedRole
  /** The answers and result the server rendered (the result page); none on the alternatives page. */
  initial?: { answers: string[]; result: PickResult }
  /** The questions, as checkboxes named ANSWER_PARAM, each inside its label. */
  children: ReactNode
}

/**
 * The "How to pick" form. Without JavaScript it is a plain GET form to the result page, whose
 * address lands on the result (#picked). With it, the answer is computed here by the same rule and
 * shown in place, in a live region that screen readers announce. The questions are read from the
 * form (each checkbox's value and label) rather than sent again as props.
 */
export function Picker({ action, choices, pageRole, initial, children }: PickerProps) {
  const [picked, setPicked] = useState(initial)

  function answerInPlace(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[name="${ANSWER_PARAM}"]`)]
    const questions = pickerQuestions(
      boxes.map((box) => ({ id: box.value, question: box.labels?.[0]?.textContent?.trim() ?? '' })),
      choices,
    )
    const answers = new FormData(form).getAll(ANSWER_PARAM).map(String)
    setPicked({ answers, result: recommend(questions, answers) })
  }

  return (
    <>
      <form method="get" action={`${action}#${PICK_RESULT_ID}`} onSubmit={answerInPlace}>
        {children}
        <button type="submit" className="button mt-6">
          Which toolkit fits me?
        </button>
      </form>
      <div id={PICK_RESULT_ID} aria-live="polite" className="mt-6">
        {picked && (
          <>
            <h3 className="text-xl font-semibold">Toolkits that fit you</h3>
            <PickResultView pageRole={pageRole} {...picked} />
          </>
        )}
      </div>
    </>
  )
}
