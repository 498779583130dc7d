'use client'

import { type FormEvent, type ReactNode, useState } from 'react'

import { ANSWER_PARAM, type PickedRole, type PickerQuestion, type PickResult, recommend } from '@/lib/recommend'

import { PickResultView } from './PickResult'

/** The result's anchor: the no-JavaScript result page opens scrolled to it. */
const PICK_RESULT_ID = 'picked'

interface PickerProps {
  /** The result page's address. Without JavaScript the form goes there (a plain GET). */
  action: string
  questions: PickerQuestion[]
  pageRole: PickedRole
  /** The answers and result the server rendered (the result page); none on the alternatives page. */
  initial?: { answers: string[]; result: PickResult }
  /** The questions, as checkboxes named ANSWER_PARAM. */
  children: ReactNode
}

/**
 * The "How to pick" form. Without JavaScript it is a plain GET form to the result page, whose
 * address lands on the result (#picked). With it, the answer is computed here by the same rule and
 * shown in place, in a live region that screen readers announce.
 */
export function Picker({ action, questions, pageRole, initial, children }: PickerProps) {
  const [picked, setPicked] = useState(initial)

  function answerInPlace(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const answers = new FormData(event.currentTarget).getAll(ANSWER_PARAM).map(String)
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
