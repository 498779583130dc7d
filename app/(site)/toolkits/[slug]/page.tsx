import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'

import { CompareForm, uniqueBySlug } from '@/components/compare/CompareForm'
import { BestForList } from '@/components/roles/BestForList'
import { PreviewTools } from '@/components/preview/PreviewTools'
import { JsonLd } from '@/components/seo/JsonLd'
import { PageContainer } from '@/components/site/PageContainer'
import { RankedByList } from '@/components/toolkit/RankedByList'
import { ToolkitFacts } from '@/components/toolkit/ToolkitFacts'
import { alternativesPath, howToPickPath, toolkitPath } from '@/lib/paths'
import { redirectOrNotFound } from '@/lib/redirects'
import { getToolkitPage, listRoleSlugs } from '@/lib/roles'
import { pageMetadata, toolkitPreviewCard } from '@/lib/seo'
import { toolkitPageData } from '@/lib/structuredData'

// An hour, in seconds: only the safety net for writes made outside the server (a seed from a shell);
// hooks/revalidation refreshes the page the moment content changes.
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listRoleSlugs()).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getToolkitPage((await params).slug, (await draftMode()).isEnabled)
  if (!page) return {}
  return pageMetadata({ path: toolkitPath(page.role.slug), ...page.meta, previewCard: toolkitPreviewCard(page) })
}

export default async function ToolkitPage({ params }: Props) {
  const { slug } = await params
  const draft = (await draftMode()).isEnabled
  const page = await getToolkitPage(slug, draft)
  if (!page) return redirectOrNotFound(toolkitPath(slug))
  const { role } = page
  return (
    <PageContainer>
      {draft && <PreviewTools path={toolkitPath(slug)} />}
      <JsonLd data={toolkitPageData(role)} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{role.toolkitName}</h1>
      {role.tagline && <p className="mt-3 text-xl text-muted">{role.tagline}</p>}
      {page.summary && <p className="mt-6 max-w-3xl text-lg leading-relaxed">{page.summary}</p>}
      <ToolkitFacts page={page} />
      {page.bestFor.length > 0 && (
        <div className="mt-10">
          <BestForList items={page.bestFor} headingLevel="h2" />
        </div>
      )}
      {(page.learnMore || page.hasAlternativesPage) && (
        <p className="mt-10 flex flex-wrap gap-x-6 gap-y-2">
          {page.hasAlternativesPage && (
            <>
              <Link href={alternativesPath(role.slug)}>{`Alternatives to the ${role.toolkitName}`}</Link>
              <Link href={howToPickPath(role.slug)}>Which toolkit fits you?</Link>
            </>
          )}
          {page.learnMore && (
            <a href={page.learnMore.url}>{page.learnMore.label}</a>
          )}
        </p>
      )}
      <RankedByList roleName={role.name} rankedBy={page.rankedBy} />
      <CompareForm roles={uniqueBySlug([role, ...page.ranks, ...page.rankedBy])} checked={[role.slug]} />
    </PageContainer>
  )
}
