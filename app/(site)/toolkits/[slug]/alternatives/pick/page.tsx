import type { Metadata } from 'next'
import Link from 'next/link'

import { HowToPick } from '@/components/alternatives/HowToPick'
import { PageContainer } from '@/components/site/PageContainer'
import { alternativesPath, pickPath, queryValues } from '@/lib/paths'
import { ANSWER_PARAM } from '@/lib/recommend'
import { getPickerPage } from '@/lib/recommendations'
import { followSlugChangesOrNotFound } from '@/lib/redirects'
import { pageMetadata } from '@/lib/seo'

/**
 * The picker's answer at an address to share: /toolkits/<slug>/alternatives/pick?q=<question id>...
 * It reads the query string, so it renders per request (never cached, so the alternatives page and
 * the other pages keep their static cache), from two light queries (lib/recommendations.ts).
 */
type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const answers = queryValues(query[ANSWER_PARAM])
  return { slug, answers, picker: await getPickerPage(slug, answers) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { picker } = await load(props)
  if (!picker) return {}
  const { role } = picker
  return pageMetadata({
    path: pickPath(role.slug),
    title: `Which toolkit fits you? ${role.toolkitName} and its alternatives`,
    description: `Answer the "How to pick" questions and see which of the ${role.toolkitName}'s alternatives fit you best.`,
  })
}

export default async function PickPage(props: Props) {
  const { slug, answers: asked, picker } = await load(props)
  // The questions' ids stay when the role's slug changes: the same answer, at the new address.
  if (!picker) return followSlugChangesOrNotFound([slug], ([current = slug]) => pickPath(current, asked))
  const { role, heading, howToPickIntro, questions, answers, result } = picker
  return (
    <PageContainer>
      <p className="text-sm">
        <Link href={alternativesPath(role.slug)}>{heading}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Which toolkit fits you?</h1>
      <HowToPick pageRole={role} intro={howToPickIntro} questions={questions} picked={{ answers, result }} />
    </PageContainer>
  )
}
