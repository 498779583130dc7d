import Link from 'next/link'

import { toolkitPath } from '@/lib/paths'
import type { RankedAlternative } from '@/lib/views'

import { BestForList } from '../roles/BestForList'
import { sectionHeading, textLink } from '../site/styles'

export function RankedAlternatives({ alternatives }: { alternatives: RankedAlternative[] }) {
  return (
    <section aria-labelledby="ranked-heading" className="mt-12">
      <h2 id="ranked-heading" className={sectionHeading}>
        Top alternatives ranked
      </h2>
      <ol className="mt-6 space-y-8">
        {alternatives.map((alternative) => (
          <li key={alternative.role.id} className="flex gap-4">
            <span
              aria-hidden="true"
              className="flex size-9 shrink-0 items-center justify-center rounded-full bg-sky-100 font-bold text-sky-800 dark:bg-sky-900 dark:text-sky-100"
            >
              {alternative.rank}
            </span>
            <article className="min-w-0 flex-1" aria-labelledby={`alternative-${alternative.rank}`}>
              <h3 id={`alternative-${alternative.rank}`} className="text-xl font-semibold">
                {alternative.role.name}
                {alternative.role.tagline && <> — {alternative.role.tagline}</>}
              </h3>
              <p className="mt-3 leading-relaxed text-slate-700 dark:text-slate-300">{alternative.pitch}</p>
              <div className="mt-4">
                <BestForList items={alternative.bestFor} />
              </div>
              <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
                <Link href={toolkitPath(alternative.role.slug)} className={textLink}>
                  Explore the {alternative.role.toolkitName}
                </Link>
                {alternative.learnMore && (
                  <a href={alternative.learnMore.url} className={textLink}>
                    {alternative.learnMore.label}
                  </a>
                )}
              </p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  )
}
