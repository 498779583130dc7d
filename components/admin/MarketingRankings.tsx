import type { Payload, TypedUser } from 'payload'

import { listRankings } from '@/lib/rankings'

/**
 * Marketing's dashboard: every role that ranks alternatives, with its ranking in order and a link to
 * its ranking screen (the role's edit view, which shows marketing the ranking and the page beside it).
 */
export async function MarketingRankings({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const rankings = await listRankings(payload, user)
  const adminRoute = payload.config.routes.admin
  return (
    <section aria-labelledby="marketing-rankings-heading" className="dashboard-intro">
      <h2 id="marketing-rankings-heading">Your rankings</h2>
      <p>
        Open a ranking and drag its alternatives into the order you want: the page beside the list shows the new order
        as you go. Then press <strong>Publish changes</strong>, and visitors see it on their next visit.
      </p>
      <ul>
        {rankings.map((ranking) => (
          <li key={ranking.id}>
            <a href={`${adminRoute}/collections/roles/${ranking.id}`}>{ranking.name}</a>
            <span>: {ranking.rankedNames.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
