import type { Metadata } from 'next'
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { ComparisonTable } from '@/components/alternatives/ComparisonTable'
import { Bullets } from '@/components/compare/Bullets'
import { CompareForm } from '@/components/compare/CompareForm'
import { PageContainer } from '@/components/site/PageContainer'
import { getComparison } from '@/lib/compare'
import { readCompareAddress } from '@/lib/compareAddress'
import { COMPARE_PARAM, COMPARE_PATH, comparePath } from '@/lib/paths'
import { listRoles } from '@/lib/roles'

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

/**
 * The comparison the address names, or where to send the visitor instead: the canonical address
 * (308) for a set written in another order, the compare form (with the message) for fewer than 2 or
 * more than 4 roles, and 404 for anything else that is not a set of published roles.
 */
async function load(set: string) {
  const address = readCompareAddress(set)
  if (address.kind === 'invalid') notFound()
  if (address.kind === 'moved') permanentRedirect(comparePath(address.slugs))
  if (address.kind === 'count') {
    redirect(`${COMPARE_PATH}?${new URLSearchParams(address.slugs.map((slug) => [COMPARE_PARAM, slug]))}`)
  }
  const roles = await getComparison(address.slugs)
  if (!roles) notFound()
  return { roles, names: roles.map(({ role }) => role.name).join(' vs ') }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { roles, names } = await load((await params).set)
  return {
    title: names,
    description: `${names}: primary focus, key responsibility, common tools and who each toolkit is best for, side by side.`,
    alternates: { canonical: comparePath(roles.map(({ role }) => role.slug)) },
  }
}

export default async function ComparePage({ params }: Props) {
  const [{ roles, names }, everyRole] = await Promise.all([load((await params).set), listRoles()])
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
