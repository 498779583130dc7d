import Link from 'next/link'

import { alternativesPath, toolkitPath } from '@/lib/paths'
import type { RoleListing } from '@/lib/views'

export function RoleList({ roles }: { roles: RoleListing[] }) {
  if (roles.length === 0) {
    return <p className="text-muted">No toolkits are published yet.</p>
  }
  return (
    <ul className="grid gap-4 *:rounded-lg *:border *:border-slate-200 *:p-5 sm:grid-cols-2 dark:*:border-slate-800">
      {roles.map(({ role, hasAlternativesPage }) => (
        <li key={role.slug}>
          <h2 className="text-lg font-semibold">
            <Link href={toolkitPath(role.slug)}>{role.toolkitName}</Link>
          </h2>
          {role.tagline && <p className="mt-2 text-muted">{role.tagline}</p>}
          {hasAlternativesPage && (
            <p className="mt-3 text-sm">
              <Link href={alternativesPath(role.slug)}>{`Alternatives to the ${role.toolkitName}`}</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
