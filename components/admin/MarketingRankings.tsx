import type { Payload, TypedUser } from 'payload'

import { idOf } from '@/lib/relationships'

/**
 * Marketing's dashboard: every role that ranks alternatives, with its ranking in order and a link
 * to reorder it. Read with marketing's own access (it reads every role, drafts included).
 */
export async function MarketingRankings({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const { docs: roles } = await payload.find({
    collection: 'roles',
    where: { 'alternatives.role': { exists: true } },
    sort: 'name',
    depth: 0,
    pagination: false,
    draft: true,
    select: { name: true, alternatives: { role: true } },
    overrideAccess: false,
    user,
  })
  const namesById = new Map(
    (await payload.find({ collection: 'roles', depth: 0, pagination: false, draft: true, select: { name: true }, overrideAccess: false, user })).docs.map(
      (role) => [role.id, role.name],
    ),
  )
  const adminRoute = payload.config.routes.admin
  return (
    <section aria-labelledby="marketing-rankings-heading" className="marketing-rankings">
      <h2 id="marketing-rankings-heading">Your rankings</h2>
      <p>
        Open a ranking, drag its alternatives into the order you want on the <strong>Alternatives page</strong> tab, then
        press <strong>Publish changes</strong>: the public page shows the new order on its next visit.
      </p>
      <ul>
        {roles.map((role) => (
          <li key={role.id}>
            <a href={`${adminRoute}/collections/roles/${role.id}`}>{role.name}</a>
            <span>: {(role.alternatives ?? []).map((row) => namesById.get(idOf(row.role) ?? '') ?? '…').join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
