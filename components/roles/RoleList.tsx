import Link from 'next/link'

import { alternativesPath, toolkitPath } from '@/lib/paths'
import type { RoleListing } from '@/lib/views'

import { textLink } from '../site/styles'

export function RoleList({ roles }: { roles: RoleListing[] }) {
  if (roles.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">No toolkits are published yet.</p>
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {roles.map(({ role, hasAlternativesPage }) => (
        <li key={role.id} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
          <h2 className="text-lg font-semibold">
            <Link href={toolkitPath(role.slug)} className={textLink}>
              {role.toolkitName}
            </Link>
          </h2>
          {role.tagline && <p className="mt-2 text-slate-700 dark:text-slate-300">{role.tagline}</p>}
          {hasAlternativesPage && (
            <p className="mt-3 text-sm">
              <Link href={alternativesPath(role.slug)} className={textLink}>
                Alternatives to the {role.toolkitName}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
