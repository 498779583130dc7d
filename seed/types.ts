import type { Tool } from '@/payload-types'

/**
 * The seed content as plain typed data. References between documents use slugs; the loader
 * (`seed/load.ts`) resolves them to ids. Texts are the seed document's, word for word.
 */

export interface SeedTool {
  name: string
  slug: string
  /** The tool's official site (https). */
  url: string
  category: Tool['category']
}

export interface SeedLearnMore {
  /** Slug of a SeedTool. */
  tool: string
  /** The link's own text, e.g. "Learn more about Docker". */
  label: string
}

export interface SeedRole {
  name: string
  slug: string
  tagline?: string
  summary?: string
  primaryFocus: string
  keyResponsibility: string
  /** Slugs of SeedTools, in the order the comparison table lists them. */
  commonTools: string[]
  bestFor: string[]
  learnMore?: SeedLearnMore
}

export interface SeedAlternative {
  /** Slug of the alternative SeedRole. */
  role: string
  /** How the alternative differs from the page's own role. */
  pitch: string
  /** The "Adjacent to <Role>?" cell. */
  adjacency: string
}

export interface SeedAlternativesPage {
  /** Slug of the SeedRole whose alternatives page this is. */
  role: string
  heading: string
  /** Introduction paragraphs, in order. */
  intro: string[]
  /** In rank order. */
  alternatives: SeedAlternative[]
  tableSelfLabel: string
  howToPickIntro: string
}

export interface SeedDecisionQuestion {
  question: string
  guidance: string
  /** Slug of the SeedRole the question points to. */
  recommends: string
  /** Slugs of the roles whose alternatives pages show this question. */
  shownOn: string[]
}

export interface SeedContent {
  tools: SeedTool[]
  roles: SeedRole[]
  alternativesPages: SeedAlternativesPage[]
  decisionQuestions: SeedDecisionQuestion[]
}
