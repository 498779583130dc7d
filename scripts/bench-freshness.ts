/**
 * `npm run bench:freshness`: proves that no public page is served stale after a publish, under load.
 *
 * 64 connections read every public page in turn while publishes of every kind run back to back, two
 * at a time where they overlap: taglines of two roles whose pages overlap, a tool rename with a role
 * edit, a reorder of the ranking during an edit, a decision question. After each save returns, every
 * page the change shows on is read once and must show it; at the end every page must show the last
 * state of everything. Prints the counts; exits non-zero on any stale page or server error.
 *
 * Same server as `npm run bench` (BENCH_SKIP_BUILD=1 reuses its build). FRESHNESS_ROUNDS sets the
 * number of rounds (default 65, about 100 publishes), FRESHNESS_CONNECTIONS the connections (default
 * 64). Traffic goes to localhost only.
 */
import { adminToken, ORIGIN, table, withBenchServer } from './benchServer'

const CONNECTIONS = Number(process.env.FRESHNESS_CONNECTIONS ?? 64)
const ROUNDS = Number(process.env.FRESHNESS_ROUNDS ?? 65)
const BA = 'backend-architect'
const BA_ALTERNATIVES = `/toolkits/${BA}/alternatives`
const TRACKED_TOOL = { slug: 'docker', name: 'Docker' }

interface Doc {
  id: string
  slug?: string
  name?: string
}
interface RankingRow {
  id: string
  role: string
}

/** What a page must show after a save: a text, or the role ranked first. */
type Expectation = { path: string; shows: (html: string) => boolean; what: string }

const counts = { publishes: 0, checks: 0, stale: 0, loadRequests: 0, loadErrors: 0 }
const staleSamples: string[] = []

async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${ORIGIN}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return (await response.json()) as T
}

const page = async (path: string) => (await fetch(`${ORIGIN}${path}`)).text()
const showsText = (text: string) => (html: string) => html.includes(text)
/** The bench's own texts on a page, to tell which version of it was served. */
const markersIn = (html: string) => [...new Set(html.match(/(Tagline|Docker|Guidance) [a-z0-9]+x[ab]?\b/g) ?? [])].join(', ') || 'none of them'
/** The name of the role ranked first: the first heading of the ranked list ("Name — tagline"). */
const firstRanked = (html: string) => /id="ranked-heading"[\s\S]*?<h3[^>]*>([^<—]+)/.exec(html)?.[1]?.trim()

/** Saves, then reads each page the change shows on once, counting any that does not show it yet. */
async function publishAndCheck(save: () => Promise<unknown>, expectations: () => Expectation[]): Promise<void> {
  await save()
  counts.publishes += 1
  await Promise.all(
    expectations().map(async ({ path, shows, what }) => {
      counts.checks += 1
      const response = await fetch(`${ORIGIN}${path}`)
      const html = await response.text()
      if (!shows(html)) {
        counts.stale += 1
        const cache = response.headers.get('x-nextjs-cache') ?? 'no cache header'
        const again = shows(await page(path)) ? 'the next request showed it' : 'the next request did not show it either'
        if (staleSamples.length < 10) staleSamples.push(`${path} did not show ${what}; it showed ${markersIn(html)} (${cache}); ${again}`)
      }
    }),
  )
}

/** Reads every public page in turn on `connections` connections until `stop` resolves. */
async function loadEveryPage(paths: string[], stopped: () => boolean): Promise<void> {
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      for (let index = connection; !stopped(); index += 1) {
        const response = await fetch(`${ORIGIN}${paths[index % paths.length]}`)
        await response.arrayBuffer()
        counts.loadRequests += 1
        if (response.status >= 500) counts.loadErrors += 1
      }
    }),
  )
}

async function main(): Promise<void> {
  await withBenchServer(async () => {
    const token = await adminToken()
    const sitemap = await page('/sitemap.xml')
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
    const { docs: roles } = await api<{ docs: Doc[] }>(token, 'GET', '/roles?limit=100&depth=0')
    const roleBySlug = new Map(roles.map((role) => [role.slug!, role]))
    const ba = await api<{ alternatives: RankingRow[] }>(token, 'GET', `/roles/${roleBySlug.get(BA)!.id}?depth=0`)
    const rankedSlugs = ba.alternatives.map((row) => roles.find((role) => role.id === row.role)!.slug!)
    // By slug: a rerun on the same database finds the tool under an earlier run's name.
    const { docs: tools } = await api<{ docs: Doc[] }>(token, 'GET', `/tools?where[slug][equals]=${TRACKED_TOOL.slug}&depth=0`)
    const tool = tools[0]!
    const toolPaths = (await Promise.all(paths.map(async (path) => ((await page(path)).includes(`>${tool.name}<`) ? path : null)))).filter(
      (path): path is string => path !== null,
    )
    const { docs: questions } = await api<{ docs: Doc[] }>(token, 'GET', '/decision-questions?limit=1&depth=0')
    const question = questions[0]!

    // The last state of everything, checked on every page at the end.
    const taglines = new Map<string, string>()
    let toolName = tool.name!
    let ranking = ba.alternatives
    let guidance = ''

    const rolePages = (slug: string) => [`/toolkits/${slug}`, '/', ...(rankedSlugs.includes(slug) ? [BA_ALTERNATIVES] : [])]
    const retagline = (slug: string, marker: string) => {
      const tagline = `Tagline ${marker}`
      return publishAndCheck(
        async () => {
          await api(token, 'PATCH', `/roles/${roleBySlug.get(slug)!.id}`, { tagline, _status: 'published' })
          taglines.set(slug, tagline)
        },
        () => rolePages(slug).map((path) => ({ path, shows: showsText(tagline), what: `the tagline of ${slug}` })),
      )
    }
    const renameTool = (marker: string) => {
      const name = `${TRACKED_TOOL.name} ${marker}`
      return publishAndCheck(
        async () => {
          await api(token, 'PATCH', `/tools/${tool.id}`, { name, _status: 'published' })
          toolName = name
        },
        () => toolPaths.map((path) => ({ path, shows: showsText(`>${name}<`), what: `the tool renamed ${name}` })),
      )
    }
    const reorder = () => {
      const next = [...ranking.slice(1), ranking[0]!]
      const firstName = roles.find((role) => role.id === next[0]!.role)!.name!
      return publishAndCheck(
        async () => {
          await api(token, 'PATCH', `/roles/${roleBySlug.get(BA)!.id}`, { alternatives: next, _status: 'published' })
          ranking = next
        },
        () => [{ path: BA_ALTERNATIVES, shows: (html) => firstRanked(html) === firstName, what: `${firstName} ranked first` }],
      )
    }
    const rewordQuestion = (marker: string) => {
      const text = `Guidance ${marker}`
      return publishAndCheck(
        async () => {
          await api(token, 'PATCH', `/decision-questions/${question.id}`, { guidance: text, _status: 'published' })
          guidance = text
        },
        () => [{ path: BA_ALTERNATIVES, shows: showsText(text), what: 'the reworded question' }],
      )
    }

    const scenarios: ((marker: string, round: number) => Promise<unknown>)[] = [
      (marker, round) => retagline(rankedSlugs[round % rankedSlugs.length]!, marker),
      (marker) => Promise.all([retagline(BA, `${marker}a`), retagline('data-engineer', `${marker}b`)]),
      (marker) => Promise.all([renameTool(marker), retagline('devops-engineer', marker)]),
      (marker, round) => Promise.all([reorder(), retagline(rankedSlugs[(round + 1) % rankedSlugs.length]!, marker)]),
      (marker) => rewordQuestion(marker),
    ]

    let stop = false
    const load = loadEveryPage(paths, () => stop)
    const started = performance.now()
    try {
      // Markers unique to this run: a rerun on the same database must not find an earlier run's text.
      const run = Date.now().toString(36)
      for (let round = 0; round < ROUNDS; round += 1) await scenarios[round % scenarios.length]!(`${run}r${round}x`, round)
    } finally {
      stop = true
      await load
    }
    const seconds = (performance.now() - started) / 1000

    // No page left behind: every page shows the last state of everything.
    const finalState: Expectation[] = [
      ...[...taglines].flatMap(([slug, tagline]) => rolePages(slug).map((path) => ({ path, shows: showsText(tagline), what: `the last tagline of ${slug}` }))),
      ...toolPaths.map((path) => ({ path, shows: showsText(`>${toolName}<`), what: `the last tool name ${toolName}` })),
      ...(guidance ? [{ path: BA_ALTERNATIVES, shows: showsText(guidance), what: 'the last question wording' }] : []),
    ]
    let leftBehind = 0
    for (const { path, shows, what } of finalState) {
      if (!shows(await page(path))) {
        leftBehind += 1
        staleSamples.push(`at the end, ${path} did not show ${what}`)
      }
    }

    console.log(`\nFreshness under load: ${CONNECTIONS} connections on ${paths.length} public pages, ${seconds.toFixed(1)} s\n`)
    console.log(
      table(
        ['publishes', 'pages checked after a save', 'stale', 'pages left on an old version', 'load requests', 'load 5xx'],
        [[counts.publishes, counts.checks, counts.stale, leftBehind, counts.loadRequests, counts.loadErrors]],
      ),
    )
    for (const sample of staleSamples) console.log(`  stale: ${sample}`)
    if (counts.stale > 0 || leftBehind > 0 || counts.loadErrors > 0) process.exitCode = 1
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
