import { CompareForm } from '@/components/compare/CompareForm'
import { PageContainer } from '@/components/site/PageContainer'
import { listRoles } from '@/lib/roles'

/**
 * A comparison address that names a role which is not published (unknown, renamed, unpublished) is
 * a 404, not a smaller comparison under the same address: say so, and offer to choose again.
 */
export default async function ComparisonNotFound() {
  const roles = await listRoles()
  return (
    <PageContainer>
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">These toolkits cannot be compared</h1>
      <p className="mt-4 max-w-2xl text-muted">
        At least one of the toolkits in this address is not published: it may have been renamed or unpublished, or the
        address may be mistyped. Choose the toolkits to compare again.
      </p>
      <CompareForm roles={roles.map(({ role }) => role)} />
    </PageContainer>
  )
}
