import { redirect } from 'next/navigation'

import { CompareForm } from '@/components/compare/CompareForm'
import { PageContainer } from '@/components/site/PageContainer'
import { MAX_COMPARED, MIN_COMPARED } from '@/lib/compareAddress'
import { canonicalCompareSet, COMPARE_PARAM, COMPARE_PATH, comparePath, queryValues } from '@/lib/paths'
import { listRoles } from '@/lib/roles'
import { pageMetadata } from '@/lib/seo'

/**
 * Where every compare form sends its choice (?role=<slug>&role=...): 2 to 4 roles redirect to their
 * comparison's one address; otherwise the form again, with what is wrong. It reads the query string,
 * so it renders per request; the comparison pages it leads to are cached.
 */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata = pageMetadata({
  path: COMPARE_PATH,
  title: 'Compare toolkits',
  description: 'Choose 2 to 4 engineering toolkits and see their focus, responsibilities, tools and best fits side by side.',
})

export default async function ComparePicker({ searchParams }: Props) {
  const chosen = canonicalCompareSet(queryValues((await searchParams)[COMPARE_PARAM]))
  if (chosen.length >= MIN_COMPARED && chosen.length <= MAX_COMPARED) redirect(comparePath(chosen))
  const roles = await listRoles()
  return (
    <PageContainer>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Compare toolkits</h1>
      {chosen.length > 0 && (
        <p role="alert" className="mt-4 text-lg">
          {chosen.length < MIN_COMPARED
            ? `Choose at least ${MIN_COMPARED} toolkits to compare: you chose ${chosen.length}.`
            : `Choose at most ${MAX_COMPARED} toolkits to compare: you chose ${chosen.length}.`}
        </p>
      )}
      <CompareForm roles={roles.map(({ role }) => role)} checked={chosen} />
    </PageContainer>
  )
}
