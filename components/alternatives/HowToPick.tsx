import Link from 'next/link'

import { toolkitPath } from '@/lib/paths'
import type { DecisionQuestionView } from '@/lib/views'

import { sectionHeading, textLink } from '../site/styles'

export function HowToPick({ intro, questions }: { intro?: string; questions: DecisionQuestionView[] }) {
  if (!intro && questions.length === 0) return null
  return (
    <section aria-labelledby="how-to-pick-heading" className="mt-14">
      <h2 id="how-to-pick-heading" className={sectionHeading}>
        How to pick
      </h2>
      {intro && <p className="mt-4 text-lg leading-relaxed text-slate-700 dark:text-slate-300">{intro}</p>}
      <ol className="mt-6 list-decimal space-y-6 pl-6 marker:font-semibold marker:text-sky-700 dark:marker:text-sky-300">
        {questions.map((question) => (
          <li key={question.id} className="pl-1">
            <h3 className="font-semibold">{question.question}</h3>
            <p className="mt-2 leading-relaxed text-slate-700 dark:text-slate-300">{question.guidance}</p>
            <p className="mt-2">
              <Link href={toolkitPath(question.recommends.slug)} className={textLink}>
                Explore the {question.recommends.toolkitName}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
