import type { Role } from '@/payload-types'

/**
 * What the public pages render: plain data shaped for the components, so components never see
 * Payload's documents, relationship unions or missing optional fields.
 */
export interface RoleSummary {
  id: string
  name: string
  slug: string
  toolkitName: string
  tagline?: string
}

export interface ExternalLink {
  label: string
  url: string
}

export interface ToolLink {
  name: string
  url: string
}

export interface RankedAlternative {
  rank: number
  role: RoleSummary
  pitch: string
  bestFor: string[]
  learnMore?: ExternalLink
}

export interface ComparisonRow {
  role: RoleSummary
  primaryFocus: string
  keyResponsibility: string
  tools: ToolLink[]
  /** The "Adjacent to <Role>?" cell; the page's own label on its own row. */
  adjacency: string
  isPageRole: boolean
}

export interface DecisionQuestionView {
  id: string
  question: string
  guidance: string
  recommends: RoleSummary
}

export interface PageMeta {
  title: string
  description?: string
}

export type RichTextContent = NonNullable<Role['alternativesIntro']>

export interface AlternativesPageView {
  role: RoleSummary
  heading: string
  intro: RichTextContent | null
  alternatives: RankedAlternative[]
  comparison: ComparisonRow[]
  howToPickIntro?: string
  questions: DecisionQuestionView[]
  meta: PageMeta
  updatedAt: string
}

export interface ToolkitPageView {
  role: RoleSummary
  summary?: string
  primaryFocus: string
  keyResponsibility: string
  tools: ToolLink[]
  bestFor: string[]
  learnMore?: ExternalLink
  hasAlternativesPage: boolean
  /** The published roles it ranks, in rank order, as its compare form lists them. */
  ranks: Pick<RoleSummary, 'slug' | 'name'>[]
  rankedBy: RoleSummary[]
  meta: PageMeta
  updatedAt: string
}

export interface RoleListing {
  role: RoleSummary
  hasAlternativesPage: boolean
  /** When the role was last saved (ISO 8601): the sitemap's lastmod for its pages. */
  updatedAt: string
}
