import { CompareForm } from '@/components/compare/CompareForm'
import { RoleList } from '@/components/roles/RoleList'
import { PageContainer } from '@/components/site/PageContainer'
import { HOME_PATH } from '@/lib/paths'
import { listRoles } from '@/lib/roles'
import { pageMetadata, SITE_DESCRIPTION, SITE_TITLE } from '@/lib/seo'

// An hour, in seconds: only the safety net for writes made outside the server (a seed from a shell);
// hooks/revalidation refreshes the page the moment content changes.
export const revalidate = 3600

export const metadata = pageMetadata({ path: HOME_PATH, title: { absolute: SITE_TITLE }, description: SITE_DESCRIPTION })

export default async function HomePage() {
  const roles = await listRoles()
  return (
    <PageContainer>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Engineering toolkits and their alternatives</h1>
      <p className="mt-4 max-w-3xl text-lg text-muted">
        Every engineering role has a toolkit. Compare each with the roles next to it, and find the one that fits the work
        you want to do.
      </p>
      <div className="mt-10">
        <RoleList roles={roles} />
      </div>
      <CompareForm roles={roles.map(({ role }) => role)} />
    </PageContainer>
  )
}
