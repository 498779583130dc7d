import { revalidatePath, revalidateTag } from 'next/cache'
import { createLocalReq, type Payload, type Where } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest'

import { withPreviewImages } from '@/lib/paths'
import type { DecisionQuestion, Role, Tool } from '@/payload-types'

import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'

/**
 * Every write through Payload refreshes exactly the public pages that show the document, before and
 * after the write, and nothing else. Next's cache functions are mocked: the hooks' calls to
 * `revalidatePath` are the observable result.
 *
 * Two checks per write:
 * - the refreshed paths (as a set: refreshing a path twice is harmless) equal the set derived by hand
 *   from what each page shows (lib/roles.ts and components/**) on the seeded Backend Architect content;
 * - every public path whose answer changed (the page data from lib/roles.ts, or the redirect from
 *   lib/redirects.ts, read before and after the write) is among the refreshed paths. This one does
 *   not depend on the hand derivation being complete.
 *
 * Each test restores what it changed and deletes what it created (with revalidation off), so the
 * tests are independent of their order.
 */
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }))

/**
 * A fresh context per write: Payload adopts the object passed as `context` as the request's context
 * and hooks write into it, so a shared constant would carry state from one write to the next.
 */
const skip = () => ({ skipRevalidation: true })

const BA_TOOLKIT = '/toolkits/backend-architect'
const BA_ALTERNATIVES = '/toolkits/backend-architect/alternatives'
const RANKED_BY_BA = ['devops-engineer', 'backend-engineer', 'data-engineer', 'full-stack-developer', 'cloud-architect', 'ml-engineer']

const QUESTION = {
  devops: 'Are you passionate about automating infrastructure and deployment processes?',
  ml: 'Are you interested in deploying and managing machine learning models in production environments?',
} as const

type Site = typeof import('@/lib/roles')
type Redirects = typeof import('@/lib/redirects')

describeOnDatabase('revalidation of public pages', () => {
  let app: TestPayload
  let payload: Payload
  let site: Site
  let redirects: Redirects
  const restores: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
    payload = app.payload
    // The site's own data layer, imported once the test database is configured (lib/env reads it on import).
    site = await import('@/lib/roles')
    redirects = await import('@/lib/redirects')
  })
  afterAll(async () => app?.cleanup())

  beforeEach(() => vi.clearAllMocks())
  afterEach(async () => {
    while (restores.length > 0) await restores.pop()!()
  })

  /** Undo after the test, without refreshing anything. */
  const restoreAfter = (undo: () => Promise<unknown>) => restores.push(undo)

  // ---------------------------------------------------------------------------------------------
  // Reading and writing
  // ---------------------------------------------------------------------------------------------

  const one = async <T,>(docs: Promise<{ docs: T[] }>, what: string): Promise<T> => {
    const doc = (await docs).docs[0]
    if (!doc) throw new Error(`No ${what}`)
    return doc
  }
  const roleBySlug = (slug: string) =>
    one(payload.find({ collection: 'roles', where: { slug: { equals: slug } }, depth: 0, limit: 1 }), `role ${slug}`)
  const toolBySlug = (slug: string) =>
    one(payload.find({ collection: 'tools', where: { slug: { equals: slug } }, depth: 0, limit: 1 }), `tool ${slug}`)
  const questionByText = (question: string) =>
    one(payload.find({ collection: 'decision-questions', where: { question: { equals: question } }, depth: 0, limit: 1 }), question)

  const deleteQuietly = (collection: 'roles' | 'tools' | 'decision-questions', id: string) =>
    payload.delete({ collection, where: { id: { equals: id } } satisfies Where, context: skip() })

  /** A published (or draft) role made for one test, without refreshing anything; deleted after it. */
  async function fixtureRole(name: string, data: Partial<Role> = {}, { draft = false } = {}): Promise<Role> {
    const role = await payload.create({
      collection: 'roles',
      draft,
      context: skip(),
      data: { name, primaryFocus: 'Focus', keyResponsibility: 'Responsibility', _status: draft ? 'draft' : 'published', ...data },
    })
    restoreAfter(() => deleteQuietly('roles', role.id))
    return role
  }

  const rankingRow = (roleId: string) => ({ role: roleId, pitch: 'A pitch.', adjacency: 'Adjacent' })

  async function fixtureTool(name: string): Promise<Tool> {
    const tool = await payload.create({
      collection: 'tools',
      context: skip(),
      data: { name, url: 'https://example.com', category: 'framework', _status: 'published' },
    })
    restoreAfter(() => deleteQuietly('tools', tool.id))
    return tool
  }

  const republishRole = (id: string, data: Partial<Role>) =>
    payload.update({ collection: 'roles', id, data: { ...data, _status: 'published' }, context: skip() })
  const republishTool = (id: string, data: Partial<Tool>) =>
    payload.update({ collection: 'tools', id, data: { ...data, _status: 'published' }, context: skip() })
  const republishQuestion = (id: string, data: Partial<DecisionQuestion>) =>
    payload.update({ collection: 'decision-questions', id, data: { ...data, _status: 'published' }, context: skip() })

  // ---------------------------------------------------------------------------------------------
  // Observing
  // ---------------------------------------------------------------------------------------------

  /** What a visitor gets at a public path: the page's data, else the redirect it answers with, else nothing (404). */
  async function answerAt(path: string): Promise<string> {
    const [, slug, alternatives] = /^\/toolkits\/([^/]+)(\/alternatives)?$/.exec(path) ?? []
    const view =
      path === '/'
        ? await site.listRoles()
        : slug
          ? await (alternatives ? site.getAlternativesPage(slug) : site.getToolkitPage(slug))
          : null
    if (view) return JSON.stringify(view)
    const redirect = await redirects.findRedirectTarget(path)
    return redirect ? `redirect to ${redirect}` : '404'
  }

  /**
   * The answers at every public path that shows content or redirects, plus `alsoAt`. A path outside
   * these (no role has its slug, no redirect starts there) answers 404.
   */
  async function publicPages(alsoAt: Iterable<string> = []): Promise<Map<string, string>> {
    const roles = await payload.find({ collection: 'roles', depth: 0, pagination: false, select: { slug: true } })
    const stored = await payload.find({ collection: 'redirects', depth: 0, pagination: false })
    const paths = new Set(['/', ...alsoAt, ...stored.docs.map((redirect) => redirect.from)])
    for (const { slug } of roles.docs) if (slug) paths.add(`/toolkits/${slug}`).add(`/toolkits/${slug}/alternatives`)
    const pages = new Map<string, string>()
    for (const path of paths) pages.set(path, await answerAt(path))
    return pages
  }

  interface Observed {
    /** The paths passed to revalidatePath, sorted, each once (refreshing a path twice is harmless). */
    refreshed: string[]
    /** Paths whose answer changed. */
    changed: string[]
  }

  /** Runs one write and reports what it refreshed and which public paths now answer differently. */
  async function observe(write: () => Promise<unknown>): Promise<Observed> {
    const before = await publicPages()
    vi.mocked(revalidatePath).mockClear()
    await write()
    const refreshed = [...new Set(vi.mocked(revalidatePath).mock.calls.map(([path]) => path))].sort()
    const after = await publicPages(before.keys())
    const changed = [...after.keys()].filter((path) => (before.get(path) ?? '404') !== after.get(path)).sort()
    expect(vi.mocked(revalidateTag)).not.toHaveBeenCalled()
    return { refreshed, changed }
  }

  function expectRefreshed({ refreshed, changed }: Observed, expected: string[]): void {
    expect(changed.filter((path) => !refreshed.includes(path)), 'paths that answer differently but were not refreshed').toEqual([])
    // A role page's link-preview image is refreshed with the page (lib/paths.ts withPreviewImages).
    expect(refreshed).toEqual([...new Set(withPreviewImages(expected))].sort())
  }

  // The sitemap lists each published role's addresses, dated by its last publish.
  const SITEMAP = '/sitemap.xml'
  const toolkitPages = (slugs: string[]) => slugs.map((slug) => `/toolkits/${slug}`)
  // Every comparison page, refreshed by its route: any of them may show a role, or a tool a role lists.
  const COMPARISONS = '/(site)/compare/[set]'

  // ---------------------------------------------------------------------------------------------
  // Roles
  // ---------------------------------------------------------------------------------------------

  it('publishing a new tagline for DevOps Engineer refreshes the home page, its toolkit page and the page ranking it', async () => {
    const devops = await roleBySlug('devops-engineer')
    restoreAfter(() => republishRole(devops.id, { tagline: devops.tagline }))

    const observed = await observe(() =>
      payload.update({ collection: 'roles', id: devops.id, data: { tagline: 'Shipping software safely', _status: 'published' } }),
    )

    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, '/toolkits/devops-engineer', BA_TOOLKIT, BA_ALTERNATIVES])
    expect(observed.changed).toEqual(['/', BA_ALTERNATIVES, '/toolkits/devops-engineer'])
  })

  it('reordering the Backend Architect ranking refreshes its pages, the home page and the toolkit pages of the six roles it ranks', async () => {
    const architect = await roleBySlug('backend-architect')
    const rows = architect.alternatives ?? []
    expect(rows).toHaveLength(6)
    restoreAfter(() => republishRole(architect.id, { alternatives: rows }))

    const observed = await observe(() =>
      payload.update({ collection: 'roles', id: architect.id, data: { alternatives: [...rows].reverse(), _status: 'published' } }),
    )

    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, BA_TOOLKIT, BA_ALTERNATIVES, ...toolkitPages(RANKED_BY_BA)])
  })

  it('removing a role from the ranking refreshes the toolkit page of the role it drops', async () => {
    const architect = await roleBySlug('backend-architect')
    const rows = architect.alternatives ?? []
    restoreAfter(() => republishRole(architect.id, { alternatives: rows }))

    const observed = await observe(() =>
      payload.update({ collection: 'roles', id: architect.id, data: { alternatives: rows.slice(0, 5), _status: 'published' } }),
    )

    // ML Engineer's toolkit page loses "Where ML Engineer is an alternative".
    expect(observed.changed).toContain('/toolkits/ml-engineer')
    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, BA_TOOLKIT, BA_ALTERNATIVES, ...toolkitPages(RANKED_BY_BA)])
  })

  it('changing the Data Engineer slug refreshes its old and new addresses, the page ranking it and the home page', async () => {
    const data = await roleBySlug('data-engineer')
    restoreAfter(async () => {
      await republishRole(data.id, { slug: 'data-engineer' })
      await payload.delete({ collection: 'redirects', where: { id: { exists: true } }, context: skip() })
    })

    const observed = await observe(() =>
      payload.update({ collection: 'roles', id: data.id, data: { slug: 'data-platform-engineer', _status: 'published' } }),
    )

    expectRefreshed(observed, [
      COMPARISONS,
      '/',
      SITEMAP,
      BA_TOOLKIT,
      BA_ALTERNATIVES,
      '/toolkits/data-platform-engineer',
      // The old addresses now answer with permanent redirects (recorded by the slug change).
      '/toolkits/data-engineer',
      '/toolkits/data-engineer/alternatives',
    ])
  })

  it('unpublishing ML Engineer refreshes the pages it leaves: its toolkit page, the page ranking it and the home page', async () => {
    const ml = await roleBySlug('ml-engineer')
    restoreAfter(() => republishRole(ml.id, {}))

    const observed = await observe(() => payload.update({ collection: 'roles', id: ml.id, data: { _status: 'draft' } }))

    expect((await roleBySlug('ml-engineer'))._status).toBe('draft')
    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, '/toolkits/ml-engineer', BA_TOOLKIT, BA_ALTERNATIVES])
  })

  it('creating a published role that ranks DevOps Engineer refreshes the home page, its own pages and DevOps Engineer’s toolkit page', async () => {
    let created: Role | undefined
    restoreAfter(() => (created ? deleteQuietly('roles', created.id) : Promise.resolve()))
    const devops = await roleBySlug('devops-engineer')

    const observed = await observe(async () => {
      created = await payload.create({
        collection: 'roles',
        data: {
          name: 'Site Reliability Engineer',
          primaryFocus: 'Reliability',
          keyResponsibility: 'Keep services up',
          alternatives: [rankingRow(devops.id)],
          _status: 'published',
        },
      })
    })

    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, '/toolkits/site-reliability-engineer', '/toolkits/site-reliability-engineer/alternatives', '/toolkits/devops-engineer'])
  })

  it('publishing a draft role refreshes the pages it arrives on', async () => {
    const draft = await fixtureRole('Platform Engineer', { alternatives: [rankingRow((await roleBySlug('cloud-architect')).id)] }, { draft: true })

    const observed = await observe(() => payload.update({ collection: 'roles', id: draft.id, data: { _status: 'published' } }))

    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, '/toolkits/platform-engineer', '/toolkits/platform-engineer/alternatives', '/toolkits/cloud-architect'])
  })

  it('deleting a published role that nothing ranks refreshes the home page and its toolkit page', async () => {
    const role = await fixtureRole('Site Reliability Engineer')

    const observed = await observe(() => payload.delete({ collection: 'roles', id: role.id }))

    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, '/toolkits/site-reliability-engineer'])
  })

  it('deleting a published role that ranks others also refreshes its alternatives page and the toolkit pages of the roles it ranked', async () => {
    const role = await fixtureRole('Site Reliability Engineer', { alternatives: [rankingRow((await roleBySlug('devops-engineer')).id)] })

    const observed = await observe(() => payload.delete({ collection: 'roles', id: role.id }))

    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, '/toolkits/site-reliability-engineer', '/toolkits/site-reliability-engineer/alternatives', '/toolkits/devops-engineer'])
  })

  it('a draft save of a published role refreshes nothing, and the public page keeps the published text', async () => {
    const devops = await roleBySlug('devops-engineer')
    const architect = await roleBySlug('backend-architect')
    restoreAfter(() => republishRole(devops.id, { tagline: devops.tagline, slug: devops.slug }))
    restoreAfter(() => republishRole(architect.id, { alternatives: architect.alternatives }))

    const observed = await observe(async () => {
      await payload.update({ collection: 'roles', id: devops.id, draft: true, data: { tagline: 'Not yet', slug: 'devops-draft' } })
      await payload.update({ collection: 'roles', id: architect.id, draft: true, data: { alternatives: [...(architect.alternatives ?? [])].reverse() } })
    })

    expect(observed.changed).toEqual([])
    expectRefreshed(observed, [])
    expect((await roleBySlug('devops-engineer')).tagline).toBe(devops.tagline)
  })

  it('creating a draft role refreshes nothing, even when it ranks published roles', async () => {
    let created: Role | undefined
    restoreAfter(() => (created ? deleteQuietly('roles', created.id) : Promise.resolve()))
    const devops = await roleBySlug('devops-engineer')

    const observed = await observe(async () => {
      created = await payload.create({
        collection: 'roles',
        draft: true,
        data: { name: 'Draft Role', primaryFocus: 'Focus', keyResponsibility: 'Responsibility', alternatives: [rankingRow(devops.id)] },
      })
    })

    expect(created?._status).toBe('draft')
    expectRefreshed(observed, [])
  })

  it('unpublishing the only published role a page ranks refreshes that ranker’s toolkit page, which loses its "Alternatives to" link', async () => {
    const only = await fixtureRole('Observability Engineer')
    await fixtureRole('Solo Ranker', { alternatives: [rankingRow(only.id)] })
    expect((await site.getToolkitPage('solo-ranker'))?.hasAlternativesPage).toBe(true)

    const observed = await observe(() => payload.update({ collection: 'roles', id: only.id, data: { _status: 'draft' } }))

    expect((await site.getToolkitPage('solo-ranker'))?.hasAlternativesPage).toBe(false)
    expect(observed.changed).toContain('/toolkits/solo-ranker')
    expectRefreshed(observed, [COMPARISONS, '/', SITEMAP, '/toolkits/observability-engineer', '/toolkits/solo-ranker', '/toolkits/solo-ranker/alternatives'])
  })

  // ---------------------------------------------------------------------------------------------
  // Tools
  // ---------------------------------------------------------------------------------------------

  it('renaming Kubernetes refreshes the pages listing it: toolkit pages of Backend Architect, DevOps and ML Engineer, and the table ranking them', async () => {
    const kubernetes = await toolBySlug('kubernetes')
    restoreAfter(() => republishTool(kubernetes.id, { name: 'Kubernetes' }))

    const observed = await observe(() =>
      payload.update({ collection: 'tools', id: kubernetes.id, data: { name: 'K8s', _status: 'published' } }),
    )

    expectRefreshed(observed, [COMPARISONS, BA_TOOLKIT, BA_ALTERNATIVES, '/toolkits/devops-engineer', '/toolkits/ml-engineer'])
  })

  it('renaming Docker (DevOps Common Tools and learn-more link) refreshes DevOps Engineer’s toolkit page and the page ranking it', async () => {
    const docker = await toolBySlug('docker')
    restoreAfter(() => republishTool(docker.id, { name: 'Docker' }))

    const observed = await observe(() => payload.update({ collection: 'tools', id: docker.id, data: { name: 'Docker Engine', _status: 'published' } }))

    expectRefreshed(observed, [COMPARISONS, '/toolkits/devops-engineer', BA_ALTERNATIVES])
  })

  it('changing a tool used only as a learn-more link refreshes that role’s toolkit page and the page ranking it', async () => {
    const dataflow = await toolBySlug('google-cloud-dataflow')
    restoreAfter(() => republishTool(dataflow.id, { url: dataflow.url }))

    const observed = await observe(() =>
      payload.update({ collection: 'tools', id: dataflow.id, data: { url: 'https://cloud.google.com/products/dataflow', _status: 'published' } }),
    )

    expectRefreshed(observed, [COMPARISONS, '/toolkits/data-engineer', BA_ALTERNATIVES])
  })

  it('renaming a tool used only in a ranking row’s learn-more link refreshes that alternatives page alone', async () => {
    const architect = await roleBySlug('backend-architect')
    const go = await toolBySlug('go')
    const rows = architect.alternatives ?? []
    restoreAfter(() => republishTool(go.id, { name: 'Go' }))
    restoreAfter(() => republishRole(architect.id, { alternatives: rows }))
    await republishRole(architect.id, {
      alternatives: rows.map((row, index) => (index === 1 ? { ...row, learnMore: { tool: go.id, label: 'Learn Go' } } : row)),
    })

    const observed = await observe(() => payload.update({ collection: 'tools', id: go.id, data: { url: 'https://go.dev/learn', _status: 'published' } }))

    expectRefreshed(observed, [BA_ALTERNATIVES])
  })

  it('changing a tool nobody uses refreshes nothing', async () => {
    const go = await toolBySlug('go')
    restoreAfter(() => republishTool(go.id, { name: 'Go' }))

    const observed = await observe(() => payload.update({ collection: 'tools', id: go.id, data: { name: 'Golang', _status: 'published' } }))

    expectRefreshed(observed, [])
  })

  it('unpublishing a tool refreshes the pages it showed on', async () => {
    const jenkins = await toolBySlug('jenkins')
    restoreAfter(() => republishTool(jenkins.id, {}))

    const observed = await observe(() => payload.update({ collection: 'tools', id: jenkins.id, data: { _status: 'draft' } }))

    expectRefreshed(observed, [COMPARISONS, '/toolkits/devops-engineer', BA_ALTERNATIVES])
  })

  it('deleting a tool in use refreshes the pages that listed it', async () => {
    const devops = await roleBySlug('devops-engineer')
    const terraform = await fixtureTool('Terraform')
    restoreAfter(() => republishRole(devops.id, { commonTools: devops.commonTools }))
    await republishRole(devops.id, { commonTools: [...(devops.commonTools ?? []), terraform.id] })

    const observed = await observe(() => payload.delete({ collection: 'tools', id: terraform.id }))

    expectRefreshed(observed, [COMPARISONS, '/toolkits/devops-engineer', BA_ALTERNATIVES])
  })

  // ---------------------------------------------------------------------------------------------
  // Decision questions
  // ---------------------------------------------------------------------------------------------

  it('editing a decision question refreshes the Backend Architect alternatives page only', async () => {
    const question = await questionByText(QUESTION.devops)
    restoreAfter(() => republishQuestion(question.id, { guidance: question.guidance }))

    const observed = await observe(() =>
      payload.update({ collection: 'decision-questions', id: question.id, data: { guidance: 'New guidance.', _status: 'published' } }),
    )

    expectRefreshed(observed, [BA_ALTERNATIVES])
  })

  it('changing what a question recommends refreshes the pages it leaves and the pages it arrives on', async () => {
    const architect = await roleBySlug('backend-architect')
    await fixtureRole('Principal Engineer', { alternatives: [rankingRow(architect.id)] })
    const question = await questionByText(QUESTION.devops)
    restoreAfter(() => republishQuestion(question.id, { recommends: question.recommends, shownOn: question.shownOn }))
    await republishQuestion(question.id, { shownOn: [] })

    const observed = await observe(() =>
      payload.update({ collection: 'decision-questions', id: question.id, data: { recommends: architect.id, _status: 'published' } }),
    )

    expectRefreshed(observed, [BA_ALTERNATIVES, '/toolkits/principal-engineer/alternatives'])
  })

  it('changing where a question is shown refreshes the pages it leaves and the pages it arrives on', async () => {
    const platform = await fixtureRole('Platform Engineer', { alternatives: [rankingRow((await roleBySlug('devops-engineer')).id)] })
    const question = await questionByText(QUESTION.devops)
    restoreAfter(() => republishQuestion(question.id, { shownOn: question.shownOn }))

    const moved = await observe(() =>
      payload.update({ collection: 'decision-questions', id: question.id, data: { shownOn: [platform.id], _status: 'published' } }),
    )
    expectRefreshed(moved, [BA_ALTERNATIVES, '/toolkits/platform-engineer/alternatives'])

    // Empty "Show only on": every page ranking DevOps Engineer.
    const everywhere = await observe(() =>
      payload.update({ collection: 'decision-questions', id: question.id, data: { shownOn: [], _status: 'published' } }),
    )
    expectRefreshed(everywhere, [BA_ALTERNATIVES, '/toolkits/platform-engineer/alternatives'])
  })

  it('deleting a decision question refreshes the page that showed it', async () => {
    const question = await questionByText(QUESTION.ml)
    restoreAfter(async () => {
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...data } = question
      await payload.create({ collection: 'decision-questions', data: { ...data, _status: 'published' }, context: skip() })
    })

    const observed = await observe(() => payload.delete({ collection: 'decision-questions', id: question.id }))

    expectRefreshed(observed, [BA_ALTERNATIVES])
  })

  it('unpublishing a decision question refreshes the page that showed it; a draft save or a new draft refreshes nothing', async () => {
    const question = await questionByText(QUESTION.devops)
    restoreAfter(() => republishQuestion(question.id, { guidance: question.guidance }))

    const draftSave = await observe(() =>
      payload.update({ collection: 'decision-questions', id: question.id, draft: true, data: { guidance: 'Draft guidance.' } }),
    )
    expectRefreshed(draftSave, [])

    let created: DecisionQuestion | undefined
    restoreAfter(() => (created ? deleteQuietly('decision-questions', created.id) : Promise.resolve()))
    const newDraft = await observe(async () => {
      created = await payload.create({
        collection: 'decision-questions',
        draft: true,
        data: { question: 'A draft question?', guidance: 'Draft.', recommends: question.recommends },
      })
    })
    expectRefreshed(newDraft, [])

    const unpublished = await observe(() =>
      payload.update({ collection: 'decision-questions', id: question.id, data: { _status: 'draft' } }),
    )
    expectRefreshed(unpublished, [BA_ALTERNATIVES])
  })

  // ---------------------------------------------------------------------------------------------
  // Writes that opt out
  // ---------------------------------------------------------------------------------------------

  it('writes with context { skipRevalidation: true } refresh nothing', async () => {
    const devops = await roleBySlug('devops-engineer')
    const kubernetes = await toolBySlug('kubernetes')
    const question = await questionByText(QUESTION.devops)
    restoreAfter(() => republishRole(devops.id, { tagline: devops.tagline }))
    restoreAfter(() => republishTool(kubernetes.id, { name: 'Kubernetes' }))
    restoreAfter(() => republishQuestion(question.id, { guidance: question.guidance }))

    await payload.update({ collection: 'roles', id: devops.id, data: { tagline: 'Quiet', _status: 'published' }, context: skip() })
    await payload.update({ collection: 'tools', id: kubernetes.id, data: { name: 'K8s', _status: 'published' }, context: skip() })
    await payload.update({ collection: 'decision-questions', id: question.id, data: { guidance: 'Quiet.', _status: 'published' }, context: skip() })
    const role = await payload.create({
      collection: 'roles',
      context: skip(),
      data: { name: 'Quiet Role', primaryFocus: 'Focus', keyResponsibility: 'Responsibility', alternatives: [rankingRow(devops.id)], _status: 'published' },
    })
    await payload.delete({ collection: 'roles', id: role.id, context: skip() })

    expect(vi.mocked(revalidatePath)).not.toHaveBeenCalled()
    expect(vi.mocked(revalidateTag)).not.toHaveBeenCalled()
  })

  // ---------------------------------------------------------------------------------------------
  // The admin's "Public pages" panel: the same rule, shown in the edit view
  // ---------------------------------------------------------------------------------------------

  /** The links and lines an editor reads in a document's "Public pages" panel, now and after publishing. */
  async function publicPagesPanel(collectionSlug: 'roles' | 'tools', id?: string) {
    const { PublicPagesField } = await import('@/components/admin/PublicPagesField')
    const editor = await payload.create({
      collection: 'users',
      data: { email: `panel-${Math.random()}@example.test`, password: 'correct-horse-battery-staple', userRole: 'editor' },
    })
    restoreAfter(() => payload.delete({ collection: 'users', id: editor.id }))
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    const html = renderToStaticMarkup(await PublicPagesField({ collectionSlug, id, req }))
    const [now = '', afterPublish] = html.split('After you publish the latest changes:')
    const lines = (part: string) => [...part.matchAll(/<(?:a|li|p)[^>]*>([^<]+)</g)].map(([, text]) => text)
    return { now: lines(now), afterPublish: afterPublish === undefined ? undefined : lines(afterPublish) }
  }

  it('lists in a tool’s edit view the public pages that show it, as a publish refreshes them', async () => {
    const kubernetes = await toolBySlug('kubernetes')

    expect(await publicPagesPanel('tools', kubernetes.id)).toEqual({
      now: [BA_TOOLKIT, BA_ALTERNATIVES, '/toolkits/devops-engineer', '/toolkits/ml-engineer', 'Every comparison that includes it'],
      afterPublish: undefined,
    })
    expect((await publicPagesPanel('tools')).now).toEqual(['Listed here once it is saved.'])
  })

  it('lists, beside a role’s live pages, those its latest draft moves to once published', async () => {
    const draftRole = await fixtureRole('Panel Draft Role', { alternatives: [] }, { draft: true })
    expect(await publicPagesPanel('roles', draftRole.id)).toEqual({
      now: ['Not on the public site now.'],
      afterPublish: ['Home page', '/toolkits/panel-draft-role', 'Every comparison that includes it'],
    })

    const ml = await roleBySlug('ml-engineer')
    restoreAfter(() => republishRole(ml.id, { slug: 'ml-engineer' }))
    await payload.update({ collection: 'roles', id: ml.id, draft: true, data: { slug: 'machine-learning-engineer' }, context: skip() })
    const { now, afterPublish } = await publicPagesPanel('roles', ml.id)
    expect(now).toContain('/toolkits/ml-engineer')
    expect(afterPublish).toContain('/toolkits/machine-learning-engineer')
    expect(afterPublish).not.toContain('/toolkits/ml-engineer')
  })
})
