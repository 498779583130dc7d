import Link from 'next/link'

import { alternativesPath } from '@/lib/paths'
import type { RoleSummary } from '@/lib/views'

/** The roles whose alternatives pages rank this one. */
export function RankedByList({ roleName, rankedBy }: { roleName: string; rankedBy: RoleSummary[] }) {
  if (rankedBy.length === 0) return null
  return (
    <section aria-labelledby="ranked-by-heading" className="mt-12">
      <h2 id="ranked-by-heading">
        {`Where ${roleName} is an alternative`}
      </h2>
      <ul className="bullets mt-4">
        {rankedBy.map((role) => (
          <li key={role.slug}>
            <Link href={alternativesPath(role.slug)}>{`Alternatives to the ${role.toolkitName}`}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
