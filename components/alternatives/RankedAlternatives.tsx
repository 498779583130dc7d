import Link from 'next/link'

import { toolkitPath } from '@/lib/paths'
import { RANKED_LIST_ANCHOR } from '@/lib/preview'
import type { RankedAlternative } from '@/lib/views'

import { BestForList } from '../roles/BestForList'

/** The alternatives in rank order; `ranked-list` (app/globals.css) styles every item and draws its rank. */
export function RankedAlternatives({ alternatives }: { alternatives: RankedAlternative[] }) {
  return (
    <section aria-labelledby={RANKED_LIST_ANCHOR} className="mt-12">
      <h2 id={RANKED_LIST_ANCHOR}>
        Top alternatives ranked
      </h2>
      <ol className="ranked-list mt-6 space-y-8">
        {alternatives.map(({ role, pitch, bestFor, learnMore }) => (
          <li key={role.slug}>
            <article>
              <h3>{role.tagline ? `${role.name} — ${role.tagline}` : role.name}</h3>
              <p>{pitch}</p>
              <BestForList items={bestFor} />
              <p>
                <Link href={toolkitPath(role.slug)}>{`Explore the ${role.toolkitName}`}</Link>
                {learnMore && <a href={learnMore.url}>{learnMore.label}</a>}
              </p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  )
}
