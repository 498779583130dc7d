import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'

import { ComparisonTable } from '@/components/alternatives/ComparisonTable'
import { HowToPick } from '@/components/alternatives/HowToPick'
import { RankedAlternatives } from '@/components/alternatives/RankedAlternatives'
import { CompareForm } from '@/components/compare/CompareForm'
import { RichTextContent } from '@/components/content/RichTextContent'
import { PreviewTools } from '@/components/preview/PreviewTools'
import { JsonLd } from '@/components/seo/JsonLd'
import { PageContainer } from '@/components/site/PageContainer'
import { alternativesPath, toolkitPath } from '@/lib/paths'
import { redirectOrNotFound } from '@/lib/redirects'
import { getAlternativesPage, listRoleSlugs } from '@/lib/roles'
import { alternativesPreviewCard, pageMetadata } from '@/lib/seo'
import { alternativesPageData } from '@/lib/structuredData'

// An hour, in seconds: only the safety net for writes made outside the server (a seed from a shell);
// hooks/revalidation refreshes the page the moment content changes.
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listRoleSlugs()).filter(({ hasAlternativesPage }) => hasAlternativesPage).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getAlternativesPage((await params).slug, (await draftMode()).isEnabled)
  if (!page) return {}
  return pageMetadata({ path: alternativesPath(page.role.slug), ...page.meta, previewCard: alternativesPreviewCard(page) })
}

export default async function AlternativesPage({ params }: Props) {
  const { slug } = await params
  const draft = (await draftMode()).isEnabled
  const page = await getAlternativesPage(slug, draft)
  if (!page) return redirectOrNotFound(alternativesPath(slug))
  return (
    <PageContainer>
      {draft && <PreviewTools path={alternativesPath(slug)} />}
      <JsonLd data={alternativesPageData(page)} />
      <p className="text-sm">
        <Link href={toolkitPath(page.role.slug)}>{page.role.toolkitName}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{page.heading}</h1>
      {page.intro && <RichTextContent data={page.intro} className="mt-6 max-w-3xl" />}
      <RankedAlternatives alternatives={page.alternatives} />
      <ComparisonTable
        rows={page.comparison}
        caption={`${page.role.name} compared with its alternatives`}
        extraColumns={[{ header: `Adjacent to ${page.role.name}?`, cell: (row) => row.adjacency }]}
      />
      <CompareForm roles={page.comparison.map(({ role }) => role)} checked={[page.role.slug]} />
      <HowToPick pageRole={page.role} intro={page.howToPickIntro} questions={page.questions} />
    </PageContainer>
  )
}
