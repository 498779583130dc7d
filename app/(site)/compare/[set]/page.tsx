import type { Metadata } from 'next'
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { ComparisonTable } from '@/components/alternatives/ComparisonTable'
import { Bullets } from '@/components/compare/Bullets'
import { CompareForm } from '@/components/compare/CompareForm'
import { PageContainer } from '@/components/site/PageContainer'
import { getComparison } from '@/lib/compare'
import { readCompareAddress } from '@/lib/compareAddress'
import { compareFormPath, comparePath } from '@/lib/paths'
import { followSlugChangesOrNotFound } from '@/lib/redirects'
import { listRoles } from '@/lib/roles'
import { pageMetadata } from '@/lib/seo'

// An hour, in seconds: only the safety net for writes made outside the server (a seed from a shell);
// hooks/revalidation refreshes every comparison the moment a role or a tool it shows changes.
export const revalidate = 3600

type Props = { params: Promise<{ set: string }> }

/**
 * None at build time: the sets are too many (every 2 to 4 of the roles). A set renders on its first
 * request and is then cached like the prerendered pages; an empty list is what makes Next cache them.
 */
export async function generateStaticParams(): Promise<{ set: string }[]> {
  return []
}

/** The address read (no database needed), and the comparison when it names a canonical set of published roles. */
async function comparisonAt(set: string) {
  const address = readCompareAddress(set)
  const roles = address.kind === 'page' ? await getComparison(address.slugs) : null
  return { address, roles, names: roles?.map(({ role }) => role.name).join(' vs ') ?? '' }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { roles, names } = await comparisonAt((await params).set)
  if (!roles) return {}
  return pageMetadata({
    path: comparePath(roles.map(({ role }) => role.slug)),
    title: names,
    description: `${names}: primary focus, key responsibility, common tools and who each toolkit is best for, side by side.`,
  })
}

/**
 * The comparison, or where the visitor goes instead: the canonical address (308) for a set written
 * in another order or with a repeat, the compare form (with what is wrong) for fewer than 2 or more
 * than 4 roles, the address with the current slugs (308) when a role's slug has changed, and 404 for
 * anything else that is not a set of published roles.
 */
export default async function ComparePage({ params }: Props) {
  const [{ address, roles, names }, everyRole] = await Promise.all([comparisonAt((await params).set), listRoles()])
  if (address.kind === 'moved') permanentRedirect(comparePath(address.slugs))
  if (address.kind === 'count') redirect(compareFormPath(address.slugs))
  if (!roles) return address.kind === 'page' ? followSlugChangesOrNotFound(address.slugs, comparePath) : notFound()
  return (
    <PageContainer>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{names}</h1>
      <ComparisonTable
        rows={roles}
        caption={names}
        extraColumns={[
          { header: 'Best for', cell: (row) => <Bullets items={row.bestFor} /> },
          { header: 'Learn more', cell: (row) => row.learnMore && <a href={row.learnMore.url}>{row.learnMore.label}</a> },
        ]}
      />
      <CompareForm roles={everyRole.map(({ role }) => role)} checked={roles.map(({ role }) => role.slug)} />
    </PageContainer>
  )
}
