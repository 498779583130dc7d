/**
 * The production topology (scripts/topology.ts) on the e2e build: Redis, two `next start` over one
 * database, Varnish in front. An editor saves through instance A; a visitor may land on instance B
 * or on the proxy, which had every page cached: each page the change shows on must show it at the
 * first request after the save, there and there. Then Redis goes away under load and comes back,
 * and at the end both instances stop while the proxy keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken } from '../../scripts/benchServer'
import { startTopology, TOPOLOGY_PAYLOAD_SECRET, type Topology } from '../../scripts/topology'

let topology: Topology
let token: string
/** The sitemap's pages when the topology started. */
let publicPaths: string[]

interface Visit {
  status: number
  html: string
  location: string | null
  cache: string | null
}

async function visit(origin: string, path: string): Promise<Visit> {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text(), location: response.headers.get('location'), cache: response.headers.get('x-cache') }
}

/** Where a visitor may land after an editor saved through instance A. */
const readers = () => [
  { name: 'instance B', origin: topology.instances[1].origin },
  { name: 'the proxy', origin: topology.proxy.origin },
]

interface Doc {
  id: string
  name: string
  slug: string
  alternatives?: { id: string; role: string }[]
}

/** REST through instance A, as the admin. */
async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${topology.instances[0].origin}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return (await response.json()) as T
}

async function findBySlug(collection: 'roles' | 'tools', slug: string): Promise<Doc> {
  const { docs } = await api<{ docs: Doc[] }>('GET', `/${collection}?where[slug][equals]=${slug}&depth=0`)
  if (!docs[0]) throw new Error(`No ${collection} with slug ${slug}`)
  return docs[0]
}

const publish = (collection: 'roles' | 'tools', id: string, data: Record<string, unknown>) =>
  api('PATCH', `/${collection}/${id}`, { ...data, _status: 'published' })

/** The public pages (the sitemap's) whose HTML, read at instance A, contains `text`. */
async function pagesContaining(text: string): Promise<string[]> {
  const pages = await Promise.all(publicPaths.map(async (path) => ({ path, html: (await visit(topology.instances[0].origin, path)).html })))
  return pages.filter(({ html }) => html.includes(text)).map(({ path }) => path)
}

/** Reads the pages at every reader until the proxy answers them from its cache: a stale copy is there to be served. */
async function cacheEverywhere(paths: string[]): Promise<void> {
  for (const path of paths) {
    for (const { origin } of readers()) await visit(origin, path)
    expect((await visit(topology.proxy.origin, path)).cache, `${path} cached at the proxy`).toBe('hit')
  }
}

/** One request per page and reader, right after the save: each must show the change. */
async function expectOnNextRequest(paths: string[], shows: (page: Visit) => boolean, what: string): Promise<void> {
  const stale: string[] = []
  await Promise.all(
    paths.flatMap((path) =>
      readers().map(async ({ name, origin }) => {
        const page = await visit(origin, path)
        if (!shows(page)) stale.push(`${path} at ${name} (${page.status}, x-cache ${page.cache}) did not show ${what}`)
      }),
    ),
  )
  expect(stale).toEqual([])
}

/** The roles an alternatives page ranks, in order: the toolkit links in its ranked list. */
function rankedSlugs(html: string): string[] {
  const list = html.slice(html.indexOf('class="ranked-list'))
  return [...list.slice(0, list.indexOf('</ol>')).matchAll(/href="\/toolkits\/([a-z0-9-]+)"/g)].map((match) => match[1]!)
}

/** A link to any of the role's addresses (and not to a longer slug that starts the same). */
const linksTo = (slug: string) => (html: string) => new RegExp(`href="/toolkits/${slug}["/]`).test(html)

/** Every public page, as the sitemap lists them now. */
async function sitemapPaths(): Promise<string[]> {
  const sitemap = (await visit(topology.instances[0].origin, '/sitemap.xml')).html
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
}

/** A role's own pages, of those the sitemap listed. */
const pagesOf = (slug: string) => publicPaths.filter((path) => path === `/toolkits/${slug}` || path.startsWith(`/toolkits/${slug}/`))

beforeAll(async () => {
  topology = await startTopology()
  token = await adminToken(topology.instances[0].origin, TOPOLOGY_PAYLOAD_SECRET)
  publicPaths = await sitemapPaths()
})

afterAll(async () => {
  await topology?.stop()
})

describe('a save through instance A is on instance B and through the proxy at the next request, on every page it shows on', () => {
  it('a tool renamed', async () => {
    const tool = await findBySlug('tools', 'docker')
    const showing = await pagesContaining(`>${tool.name}<`)
    expect(showing.length).toBeGreaterThan(1)
    await cacheEverywhere(showing)

    const renamed = `${tool.name} ${Date.now()}`
    await publish('tools', tool.id, { name: renamed })

    await expectOnNextRequest(showing, ({ html }) => html.includes(`>${renamed}<`) && !html.includes(`>${tool.name}<`), `the tool renamed ${renamed}`)
  })

  it('a ranking reordered', async () => {
    const ranker = await findBySlug('roles', 'backend-architect')
    const page = `/toolkits/${ranker.slug}/alternatives`
    const before = rankedSlugs((await visit(topology.instances[0].origin, page)).html)
    expect(before.length).toBeGreaterThan(2)
    await cacheEverywhere([page])

    const rows = ranker.alternatives!
    await publish('roles', ranker.id, { alternatives: [...rows.slice(1), rows[0]] })

    const expected = [...before.slice(1), before[0]]
    await expectOnNextRequest([page], ({ html }) => rankedSlugs(html).join() === expected.join(), `the ranking ${expected.join(', ')}`)
  })

  it('a role unpublished', async () => {
    const role = await findBySlug('roles', 'full-stack-developer')
    const linking = await pagesContaining(`href="/toolkits/${role.slug}"`)
    const own = pagesOf(role.slug)
    const others = linking.filter((path) => !own.includes(path))
    expect(others).toContain('/')
    await cacheEverywhere([...own, ...others])

    await api('PATCH', `/roles/${role.id}`, { _status: 'draft' })

    await expectOnNextRequest(own, ({ status }) => status === 404, 'a 404')
    await expectOnNextRequest(others, ({ status, html }) => status === 200 && !linksTo(role.slug)(html), `no link to ${role.slug}`)
  })

  it("a role's slug changed", async () => {
    const role = await findBySlug('roles', 'data-engineer')
    const moved = `${role.slug}-moved`
    const own = pagesOf(role.slug)
    const others = (await pagesContaining(`href="/toolkits/${role.slug}"`)).filter((path) => !own.includes(path))
    expect(others).toContain('/')
    await cacheEverywhere([...own, ...others])

    await publish('roles', role.id, { slug: moved })

    await expectOnNextRequest(
      own,
      ({ status, location }) => status === 308 && new URL(location ?? '', 'http://x').pathname.startsWith(`/toolkits/${moved}`),
      `a permanent redirect to /toolkits/${moved}`,
    )
    await expectOnNextRequest(
      own.map((path) => path.replace(role.slug, moved)),
      ({ status }) => status === 200,
      'the page at its new address',
    )
    await expectOnNextRequest(others, ({ html }) => linksTo(moved)(html) && !linksTo(role.slug)(html), `links to ${moved} only`)
  })
})

describe('failures', () => {
  it('Redis stopped under load: no 5xx; when it returns, a save through A is on B and through the proxy at the next request', async () => {
    const statuses: number[] = []
    let loading = true
    const origins = [...topology.instances.map((instance) => instance.origin), topology.proxy.origin]
    const load = Promise.all(
      Array.from({ length: 6 }, async (_, connection) => {
        for (let request = connection; loading; request += 1) {
          const page = await visit(origins[request % origins.length]!, publicPaths[request % publicPaths.length]!)
          statuses.push(page.status)
        }
      }),
    )
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    const role = await findBySlug('roles', 'devops-engineer')
    const pages = [`/toolkits/${role.slug}`, '/']
    try {
      await pause(1_000)
      await topology.redis.stop()
      await publish('roles', role.id, { tagline: `Saved while Redis was down ${Date.now()}` })
      await pause(3_000)
      await topology.redis.start()
      // Each instance reconnects by itself and says so once.
      await expect
        .poll(() => topology.instances.every((instance) => instance.log().includes('is back: pages are shared again')), { timeout: 30_000 })
        .toBe(true)
    } finally {
      loading = false
      await load
    }
    expect(statuses.length).toBeGreaterThan(50)
    expect(statuses.filter((status) => status >= 500)).toEqual([])

    await cacheEverywhere(pages)
    const tagline = `Saved after Redis returned ${Date.now()}`
    await publish('roles', role.id, { tagline })
    await expectOnNextRequest(pages, ({ html }) => html.includes(tagline), 'the tagline saved after Redis returned')
  })

  it('both instances stopped: the proxy still serves the last good pages', async () => {
    const paths = await sitemapPaths()
    const good = new Map<string, string>()
    for (const path of paths) {
      await visit(topology.proxy.origin, path)
      good.set(path, (await visit(topology.proxy.origin, path)).html)
    }

    await Promise.all(topology.instances.map((instance) => instance.stop()))

    for (const path of paths) {
      const page = await visit(topology.proxy.origin, path)
      expect({ path, status: page.status, sameAsBefore: page.html === good.get(path) }).toEqual({ path, status: 200, sameAsBefore: true })
    }
  })
})
