import type { ServerProps } from 'payload'

import { mayOnlyReorderRanking } from '@/collections/Roles/access'
import { env } from '@/lib/env'

import { ACTIVITY_PATH } from './activityPath'
import { MarketingRankings } from './MarketingRankings'

/**
 * The first thing people see in the admin: for editors, where the site is and how its pages come
 * together; for marketing, the rankings they can reorder, one click from each.
 */
export function DashboardIntro({ payload, user }: ServerProps) {
  if (mayOnlyReorderRanking(user)) return <MarketingRankings payload={payload} user={user} />
  return (
    <section aria-labelledby="dashboard-intro-heading" className="dashboard-intro">
      <h2 id="dashboard-intro-heading">Welcome</h2>
      <p>
        Everything here appears on the public site at{' '}
        <a href={env.serverUrl} target="_blank" rel="noreferrer">
          {env.serverUrl.replace(/^https?:\/\//, '')}
        </a>
        . Saving keeps a draft that only signed-in people can preview; <strong>Publish changes</strong> puts it live,
        and the public page shows it on its next visit. <a href={`${payload.config.routes.admin}${ACTIVITY_PATH}`}>Recent publishes</a>{' '}
        lists who published what, and when.
      </p>
      <ul>
        <li>
          <strong>Roles</strong>: each role has a toolkit page and, when it ranks alternatives, a &ldquo;Why look
          beyond&rdquo; page. The ranking is the order of the role&rsquo;s <em>Ranked alternatives</em> (Alternatives
          page tab): drag a row to move it, then publish.
        </li>
        <li>
          <strong>Tools</strong> are listed under Common Tools and in &ldquo;Learn more&rdquo; links; renaming one
          updates every page that shows it.
        </li>
        <li>
          <strong>Decision questions</strong> appear under &ldquo;How to pick&rdquo; on every page that ranks the
          toolkit they recommend, in ranking order.
        </li>
        <li>
          <strong>Redirects</strong> are created for you when a role&rsquo;s slug changes, so old links keep working.
        </li>
      </ul>
    </section>
  )
}
