import Link from 'next/link'

import { toolkitPath } from '@/lib/paths'
import type { DecisionQuestionView } from '@/lib/views'

import { sectionHeading } from '../site/styles'

export function HowToPick({ intro, questions }: { intro?: string; questions: DecisionQuestionView[] }) {
  if (!intro && questions.length === 0) return null
  return (
    <section aria-labelledby="how-to-pick-heading" className="mt-14">
      <h2 id="how-to-pick-heading" className={sectionHeading}>
        How to pick
      </h2>
      {intro && <p className="mt-4 text-lg leading-relaxed text-muted">{intro}</p>}
      <ol className="question-list mt-6">
        {questions.map((question, index) => (
          // Index keys: a static list with no client state; an id as the key would be sent for nothing.
          <li key={index}>
            <h3>{question.question}</h3>
            <p>{question.guidance}</p>
            <p>
              <Link href={toolkitPath(question.recommends.slug)}>{`Explore the ${question.recommends.toolkitName}`}</Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
