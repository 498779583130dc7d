import { describe, expect, it } from 'vitest'

import {
  pathsShowingQuestion,
  pathsShowingRedirect,
  pathsShowingRole,
  pathsShowingTool,
  type QuestionSnapshot,
  type ReferenceLookup,
  type RoleRef,
  type RoleSnapshot,
} from '@/hooks/revalidation/affectedPaths'

/**
 * The pure rules that decide which public pages a write refreshes. The database is replaced by an
 * in-memory `ReferenceLookup` built from a list of roles, answering exactly as the real one does:
 * published roles only, matched by their ranking, Common Tools and learn-more links.
 */

interface FakeRole {
  id: string
  slug: string
  status?: 'draft' | 'published'
  /** Ranked role ids; `[id, toolId]` gives the row a learn-more override. */
  ranks?: (string | [string, string])[]
  commonTools?: string[]
  learnMore?: string
}

function lookupOf(roles: FakeRole[]): ReferenceLookup {
  const published = roles.filter((role) => (role.status ?? 'published') === 'published')
  const rows = (role: FakeRole) => (role.ranks ?? []).map((row) => (typeof row === 'string' ? { role: row } : { role: row[0], tool: row[1] }))
  const ref = (role: FakeRole): RoleRef => ({
    id: role.id,
    slug: role.slug,
    hasAlternatives: rows(role).length > 0,
    rankedIds: rows(role).map((row) => row.role),
  })
  return {
    rolesRanking: async (ids) => published.filter((role) => rows(role).some((row) => ids.includes(row.role))).map(ref),
    rolesByIds: async (ids) => published.filter((role) => ids.includes(role.id)).map(ref),
    rolesShowingTool: async (toolId) => ({
      inCommonTools: published.filter((role) => role.commonTools?.includes(toolId)).map(ref),
      inLearnMore: published.filter((role) => role.learnMore === toolId).map(ref),
      inRankingRows: published.filter((role) => rows(role).some((row) => row.tool === toolId)).map(ref),
    }),
  }
}

/** A snapshot of a role as the hooks read it: relationships as ids. */
function roleSnapshot(role: FakeRole, overrides: Partial<RoleSnapshot> = {}): RoleSnapshot {
  return {
    id: role.id,
    slug: role.slug,
    _status: role.status ?? 'published',
    alternatives: (role.ranks ?? []).map((row) => ({ role: typeof row === 'string' ? row : row[0] })),
    ...overrides,
  }
}

/**
 * A small site: the architect ranks devops, data and a draft role; the platform engineer ranks devops
 * and data too; the data engineer ranks ml. Nobody ranks the loner or the architect.
 */
const architect: FakeRole = {
  id: 'architect',
  slug: 'backend-architect',
  ranks: ['devops', ['data', 'tool-row-only'], 'draft-role'],
  commonTools: ['tool-kubernetes', 'tool-aws'],
}
const devops: FakeRole = { id: 'devops', slug: 'devops-engineer', commonTools: ['tool-docker', 'tool-kubernetes'], learnMore: 'tool-docker' }
const data: FakeRole = { id: 'data', slug: 'data-engineer', ranks: ['ml'], commonTools: ['tool-kafka'], learnMore: 'tool-dataflow' }
const ml: FakeRole = { id: 'ml', slug: 'ml-engineer', commonTools: ['tool-kubernetes'] }
const platform: FakeRole = { id: 'platform', slug: 'platform-engineer', ranks: ['devops', 'data'], commonTools: ['tool-terraform'] }
const loner: FakeRole = { id: 'loner', slug: 'loner', commonTools: ['tool-go'] }
const draftRole: FakeRole = { id: 'draft-role', slug: 'draft-role', status: 'draft', commonTools: ['tool-draft-only'], learnMore: 'tool-draft-only' }
const draftRanker: FakeRole = { id: 'draft-ranker', slug: 'draft-ranker', status: 'draft', ranks: ['loner'] }

const site = lookupOf([architect, devops, data, ml, platform, loner, draftRole, draftRanker])

const published = { _status: 'published' } as const
const draft = { _status: 'draft' } as const

describe('pathsShowingRole', () => {
  it('shows a draft, a missing document or nothing at all nowhere', async () => {
    expect(await pathsShowingRole({}, site)).toEqual([])
    expect(await pathsShowingRole({ before: null, after: undefined }, site)).toEqual([])
    expect(await pathsShowingRole({ after: roleSnapshot(draftRole) }, site)).toEqual([])
    expect(await pathsShowingRole({ before: roleSnapshot(devops, draft), after: roleSnapshot(devops, draft) }, site)).toEqual([])
  })

  it('shows a published role that ranks nothing and that nothing ranks on the home page and its toolkit page', async () => {
    expect(await pathsShowingRole({ after: roleSnapshot(loner) }, site)).toEqual(['/', '/compare/[set]', '/sitemap.xml', '/toolkits/loner'])
  })

  it('ignores rankers and ranked roles that are not published', async () => {
    // The draft ranker ranks the loner; the architect ranks the draft role.
    expect(await pathsShowingRole({ after: roleSnapshot(loner) }, site)).not.toContain('/toolkits/draft-ranker/alternatives')
    expect(await pathsShowingRole({ after: roleSnapshot(architect) }, site)).not.toContain('/toolkits/draft-role')
  })

  it('shows a ranked role on the pages of every published role that ranks it (its table, its compare form)', async () => {
    expect(await pathsShowingRole({ after: roleSnapshot(devops) }, site)).toEqual([
      '/',
      '/compare/[set]',
      '/sitemap.xml',
      '/toolkits/backend-architect',
      '/toolkits/backend-architect/alternatives',
      '/toolkits/devops-engineer',
      '/toolkits/platform-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('shows a role that ranks others on its alternatives page and on the toolkit pages of the published roles it ranks', async () => {
    expect(await pathsShowingRole({ after: roleSnapshot(architect) }, site)).toEqual([
      '/',
      '/compare/[set]',
      '/sitemap.xml',
      '/toolkits/backend-architect',
      '/toolkits/backend-architect/alternatives',
      '/toolkits/data-engineer',
      '/toolkits/devops-engineer',
    ])
  })

  it('combines both for a role that ranks and is ranked', async () => {
    expect(await pathsShowingRole({ after: roleSnapshot(data) }, site)).toEqual([
      '/',
      '/compare/[set]',
      '/sitemap.xml',
      '/toolkits/backend-architect',
      '/toolkits/backend-architect/alternatives',
      '/toolkits/data-engineer',
      '/toolkits/data-engineer/alternatives',
      '/toolkits/ml-engineer',
      '/toolkits/platform-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('reads relationships given as populated documents as well as ids', async () => {
    const populated = roleSnapshot(architect, { alternatives: [{ role: { id: 'devops' } }, { role: { id: 'data' } }, { role: null }] })
    expect(await pathsShowingRole({ after: populated }, site)).toEqual(await pathsShowingRole({ after: roleSnapshot(architect) }, site))
  })

  it('refreshes the old and the new addresses when the slug changes', async () => {
    const before = roleSnapshot(data)
    const after = roleSnapshot(data, { slug: 'data-platform-engineer' })
    expect(await pathsShowingRole({ before, after }, site)).toEqual([
      '/',
      '/compare/[set]',
      '/sitemap.xml',
      '/toolkits/backend-architect',
      '/toolkits/backend-architect/alternatives',
      '/toolkits/data-engineer',
      '/toolkits/data-engineer/alternatives',
      '/toolkits/data-platform-engineer',
      '/toolkits/data-platform-engineer/alternatives',
      '/toolkits/ml-engineer',
      '/toolkits/platform-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('refreshes the pages it leaves when unpublished (published before, draft after)', async () => {
    const before = roleSnapshot(devops)
    const after = roleSnapshot(devops, { ...draft, slug: 'renamed-in-the-same-write' })
    expect(await pathsShowingRole({ before, after }, site)).toEqual(await pathsShowingRole({ before }, site))
    expect(await pathsShowingRole({ before, after }, site)).toEqual([
      '/',
      '/compare/[set]',
      '/sitemap.xml',
      '/toolkits/backend-architect',
      '/toolkits/backend-architect/alternatives',
      '/toolkits/devops-engineer',
      '/toolkits/platform-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('refreshes the pages it arrives on when first published (draft before, published after)', async () => {
    const newRole: FakeRole = { id: 'new', slug: 'site-reliability-engineer', status: 'draft', ranks: ['devops'] }
    const lookup = lookupOf([architect, devops, newRole])
    expect(await pathsShowingRole({ before: roleSnapshot(newRole), after: roleSnapshot(newRole, published) }, lookup)).toEqual([
      '/',
      '/compare/[set]',
      '/sitemap.xml',
      '/toolkits/devops-engineer',
      '/toolkits/site-reliability-engineer',
      '/toolkits/site-reliability-engineer/alternatives',
    ])
  })

  it('refreshes the toolkit pages of the roles dropped from and added to the ranking, and the alternatives page it loses', async () => {
    const before = roleSnapshot(platform)
    const reranked = roleSnapshot(platform, { alternatives: [{ role: 'ml' }] })
    expect(await pathsShowingRole({ before, after: reranked }, site)).toEqual([
      '/',
      '/compare/[set]',
      '/sitemap.xml',
      '/toolkits/data-engineer',
      '/toolkits/devops-engineer',
      '/toolkits/ml-engineer',
      '/toolkits/platform-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
    const emptied = roleSnapshot(platform, { alternatives: [] })
    expect(await pathsShowingRole({ before, after: emptied }, site)).toContain('/toolkits/platform-engineer/alternatives')
    expect(await pathsShowingRole({ after: emptied }, site)).toEqual(['/', '/compare/[set]', '/sitemap.xml', '/toolkits/platform-engineer'])
  })
})

describe('pathsShowingTool', () => {
  const tool = (id: string, status: 'draft' | 'published' = 'published') => ({ id, _status: status })

  it('shows a draft tool nowhere, even when published roles list it', async () => {
    expect(await pathsShowingTool({ after: tool('tool-kubernetes', 'draft') }, site)).toEqual([])
    expect(await pathsShowingTool({ before: null, after: undefined }, site)).toEqual([])
  })

  it('shows a tool nobody uses, or only draft roles use, nowhere', async () => {
    expect(await pathsShowingTool({ after: tool('tool-unused') }, site)).toEqual([])
    expect(await pathsShowingTool({ after: tool('tool-draft-only') }, site)).toEqual([])
  })

  it('shows a tool in Common Tools on the toolkit page, the role’s own table row and every ranker’s table', async () => {
    expect(await pathsShowingTool({ after: tool('tool-kubernetes') }, site)).toEqual([
      // every comparison (those that include the architect, devops or ml show it)
      '/compare/[set]',
      // the architect’s toolkit page and its own row in its comparison table
      '/toolkits/backend-architect',
      '/toolkits/backend-architect/alternatives',
      // devops and ml list it; the architect, the platform engineer and the data engineer rank them
      '/toolkits/data-engineer/alternatives',
      '/toolkits/devops-engineer',
      '/toolkits/ml-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
    // Only in the Common Tools of a role that ranks others and that nothing ranks.
    expect(await pathsShowingTool({ after: tool('tool-terraform') }, site)).toEqual([
      '/compare/[set]',
      '/toolkits/platform-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
    // Only in the Common Tools of a role that ranks nothing and that nothing ranks.
    expect(await pathsShowingTool({ after: tool('tool-go') }, site)).toEqual(['/compare/[set]', '/toolkits/loner'])
  })

  it('shows a tool used only as a learn-more link on the role’s toolkit page and the rankers’ pages, not on the role’s own alternatives page', async () => {
    expect(await pathsShowingTool({ after: tool('tool-dataflow') }, site)).toEqual([
      '/compare/[set]',
      '/toolkits/backend-architect/alternatives',
      '/toolkits/data-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('shows a tool in both Common Tools and learn-more of one role once per page', async () => {
    expect(await pathsShowingTool({ after: tool('tool-docker') }, site)).toEqual([
      '/compare/[set]',
      '/toolkits/backend-architect/alternatives',
      '/toolkits/devops-engineer',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('shows a tool used only as a ranking row’s learn-more override on that ranker’s alternatives page alone', async () => {
    expect(await pathsShowingTool({ after: tool('tool-row-only') }, site)).toEqual(['/toolkits/backend-architect/alternatives'])
  })

  it('refreshes the pages it showed on when unpublished, and the pages it arrives on when published', async () => {
    const shown = ['/compare/[set]', '/toolkits/backend-architect/alternatives', '/toolkits/data-engineer', '/toolkits/platform-engineer/alternatives']
    expect(await pathsShowingTool({ before: tool('tool-dataflow'), after: tool('tool-dataflow', 'draft') }, site)).toEqual(shown)
    expect(await pathsShowingTool({ before: tool('tool-dataflow', 'draft'), after: tool('tool-dataflow') }, site)).toEqual(shown)
  })
})

describe('pathsShowingQuestion', () => {
  const question = (recommends: QuestionSnapshot['recommends'], shownOn?: QuestionSnapshot['shownOn'], status: 'draft' | 'published' = 'published'): QuestionSnapshot => ({
    id: 'question',
    _status: status,
    recommends,
    shownOn,
  })

  it('shows a draft question, or one that recommends nothing, nowhere', async () => {
    expect(await pathsShowingQuestion({ after: question('devops', [], 'draft') }, site)).toEqual([])
    expect(await pathsShowingQuestion({ after: question(null) }, site)).toEqual([])
    expect(await pathsShowingQuestion({ before: null, after: undefined }, site)).toEqual([])
  })

  it('without "Show only on", shows on the alternatives page of every published role that ranks the recommended role', async () => {
    expect(await pathsShowingQuestion({ after: question('devops') }, site)).toEqual([
      '/toolkits/backend-architect/alternatives',
      '/toolkits/platform-engineer/alternatives',
    ])
    expect(await pathsShowingQuestion({ after: question({ id: 'devops' }, []) }, site)).toEqual([
      '/toolkits/backend-architect/alternatives',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('with "Show only on", shows only on those of the ranking pages', async () => {
    expect(await pathsShowingQuestion({ after: question('devops', ['architect']) }, site)).toEqual(['/toolkits/backend-architect/alternatives'])
    expect(await pathsShowingQuestion({ after: question('devops', [{ id: 'platform' }]) }, site)).toEqual(['/toolkits/platform-engineer/alternatives'])
    // A page that does not rank the recommended role does not show the question.
    expect(await pathsShowingQuestion({ after: question('devops', ['data']) }, site)).toEqual([])
    expect(await pathsShowingQuestion({ after: question('ml', ['architect']) }, site)).toEqual([])
  })

  it('shows a question recommending a role nobody ranks, or only a draft ranks, nowhere', async () => {
    expect(await pathsShowingQuestion({ after: question('architect') }, site)).toEqual([])
    expect(await pathsShowingQuestion({ after: question('loner') }, site)).toEqual([])
  })

  it('refreshes the old and the new pages when the recommended role changes', async () => {
    expect(await pathsShowingQuestion({ before: question('ml'), after: question('devops', ['architect']) }, site)).toEqual([
      '/toolkits/backend-architect/alternatives',
      '/toolkits/data-engineer/alternatives',
    ])
  })

  it('refreshes the old and the new pages when "Show only on" changes', async () => {
    expect(await pathsShowingQuestion({ before: question('devops', ['architect']), after: question('devops', ['platform']) }, site)).toEqual([
      '/toolkits/backend-architect/alternatives',
      '/toolkits/platform-engineer/alternatives',
    ])
  })

  it('refreshes the pages it showed on when unpublished', async () => {
    expect(await pathsShowingQuestion({ before: question('data'), after: question('data', [], 'draft') }, site)).toEqual([
      '/toolkits/backend-architect/alternatives',
      '/toolkits/platform-engineer/alternatives',
    ])
  })
})

describe('pathsShowingRedirect', () => {
  it('refreshes the old address, and every comparison when it is a toolkit page’s (a role’s slug moved)', () => {
    expect(pathsShowingRedirect(['/toolkits/old/alternatives'])).toEqual(['/toolkits/old/alternatives'])
    expect(pathsShowingRedirect(['/toolkits/old', '/toolkits/old/alternatives'])).toEqual([
      '/compare/[set]',
      '/toolkits/old',
      '/toolkits/old/alternatives',
    ])
  })
})
