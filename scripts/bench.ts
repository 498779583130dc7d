/**
 * `npm run bench`: measures the alternatives page on a production build and prints a table.
 * - throughput and latency with autocannon at a few concurrencies,
 * - HTML size and the gzipped client JavaScript the page loads, and the HTML of every public page,
 * - publish-to-live latency: from a REST save's response to the first public response showing it,
 * - the cached page's latency while a write waits for SQLite's lock, held by another process,
 * - how long a refused login takes for an unknown email, a wrong password and a locked account.
 * It builds into .next-bench on a throw-away database (BENCH_SKIP_BUILD=1 reuses the last build) and
 * sends traffic to localhost only. BENCH_SECONDS sets each load run's length (default 10).
 * `npm run bench -- --topology` measures the production topology instead (scripts/bench-topology.ts).
 */
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { spawn } from 'node:child_process'
import { once } from 'node:events'

import { benchTopology } from './bench-topology'
import { adminToken, BENCH_DATABASE_URI, ms, ORIGIN, table, withBenchServer } from './benchServer'

const PAGE_PATH = '/toolkits/backend-architect/alternatives'
const SECONDS_PER_RUN = Number(process.env.BENCH_SECONDS ?? 10)
const CONCURRENCIES = [1, 10, 50]
const PUBLISH_ROUNDS = 5
// What Next's own compression sends (the `compression` package at zlib's default level).
const GZIP_LEVEL = 6
// The seed page's budget: at most 45 KB of HTML, 10 KB gzipped (decimal kilobytes).
const SEED_PAGE_BUDGET_BYTES = { html: 45_000, gzip: 10_000 }

const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: GZIP_LEVEL }).length

interface PageWeight {
  htmlBytes: number
  htmlGzipBytes: number
  scriptCount: number
  scriptBytes: number
  scriptGzipBytes: number
}

async function measurePageWeight(): Promise<PageWeight> {
  const html = await (await fetch(`${ORIGIN}${PAGE_PATH}`)).text()
  // Modern browsers skip `noModule` scripts (legacy polyfills), so they are not counted.
  const sources = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter((match) => !/nomodule/i.test(`${match[1]}${match[3]}`))
    .map((match) => match[2]!)
  const scripts = await Promise.all(sources.map(async (src) => Buffer.from(await (await fetch(new URL(src, ORIGIN))).arrayBuffer())))
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipBytes(html),
    scriptCount: scripts.length,
    scriptBytes: scripts.reduce((sum, script) => sum + script.length, 0),
    scriptGzipBytes: scripts.reduce((sum, script) => sum + gzipBytes(script), 0),
  }
}

interface HtmlWeight {
  path: string
  htmlBytes: number
  htmlGzipBytes: number
  /** The server-components payload Next inlines for hydration (`self.__next_f.push(...)` scripts). */
  payloadBytes: number
}

/** Every public page: the addresses the sitemap lists. */
async function publicPaths(): Promise<string[]> {
  const sitemap = await (await fetch(`${ORIGIN}/sitemap.xml`)).text()
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
}

async function measureHtmlWeight(path: string): Promise<HtmlWeight> {
  const html = await (await fetch(`${ORIGIN}${path}`)).text()
  const payloadScripts = html.match(/<script>self\.__next_f\.push\(.*?<\/script>/gs) ?? []
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipBytes(html),
    payloadBytes: payloadScripts.reduce((sum, script) => sum + Buffer.byteLength(script), 0),
  }
}

interface LoadResult {
  connections: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
}

async function measureLoad(connections: number, seconds = SECONDS_PER_RUN): Promise<LoadResult> {
  const result = await autocannon({ url: `${ORIGIN}${PAGE_PATH}`, connections, duration: seconds })
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

/**
 * Another process takes SQLite's write lock; a save then waits for it while 10 connections read the
 * cached page. The save must not hold up the page (the lock wait never blocks the event loop).
 */
async function measureLoadWhileWriteWaits(token: string): Promise<LoadResult> {
  const holder = spawn('node', ['tests/int/support/holdWriteLock.mjs'], { env: { ...process.env, LOCK_DATABASE_URI: BENCH_DATABASE_URI } })
  await once(holder.stdout, 'data')
  const { docs } = (await (await fetch(`${ORIGIN}/api/tools?limit=1&depth=0`)).json()) as { docs: { id: string }[] }
  const waitingSave = fetch(`${ORIGIN}/api/tools/${docs[0]!.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ description: `Saved while locked ${Date.now()}` }),
  })
  try {
    return await measureLoad(10, Math.min(SECONDS_PER_RUN, 5))
  } finally {
    holder.stdin.write('release\n')
    await once(holder, 'exit')
    const saved = await waitingSave
    if (!saved.ok) throw new Error(`The save that waited for the lock failed with ${saved.status}`)
  }
}

interface PublishResult {
  latencyMs: number
  requestsUntilLive: number
}

/** Saves a new tagline through REST, then reads the public page until it shows the new text. */
async function measurePublishToLive(token: string, round: number): Promise<PublishResult> {
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const { docs } = (await (await fetch(`${ORIGIN}/api/roles?where[slug][equals]=devops-engineer&depth=0`, { headers })).json()) as {
    docs: { id: string }[]
  }
  const tagline = `Bench tagline ${round} ${Date.now()}`
  const save = await fetch(`${ORIGIN}/api/roles/${docs[0]!.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ tagline, _status: 'published' }),
  })
  if (!save.ok) throw new Error(`Saving the tagline failed with ${save.status}`)
  const savedAt = performance.now()
  for (let requests = 1; requests <= 200; requests += 1) {
    const html = await (await fetch(`${ORIGIN}${PAGE_PATH}`)).text()
    if (html.includes(tagline)) return { latencyMs: performance.now() - savedAt, requestsUntilLive: requests }
  }
  throw new Error('The change did not show within 200 requests')
}

interface LoginTimes {
  unknownEmailMs: number
  wrongPasswordMs: number
  lockedAccountMs: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function timedLogin(email: string): Promise<number> {
  const startedAt = performance.now()
  const response = await fetch(`${ORIGIN}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'not-the-password' }),
  })
  await response.arrayBuffer()
  if (response.status !== 401) throw new Error(`A wrong login answered ${response.status}`)
  return performance.now() - startedAt
}

/**
 * How long a refused login takes for an unknown email, a wrong password and a locked account: equal
 * times tell a stranger nothing about which emails have accounts.
 */
async function measureLoginTimes(token: string): Promise<LoginTimes> {
  const email = `timing-${Date.now()}@example.com`
  const created = await fetch(`${ORIGIN}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ email, password: 'a-long-bench-password', userRole: 'editor' }),
  })
  if (!created.ok) throw new Error(`Creating the timing account failed with ${created.status}`)
  const unknown: number[] = []
  const wrong: number[] = []
  const locked: number[] = []
  // Five wrong passwords lock the account (collections/Users: maxLoginAttempts).
  for (let attempt = 0; attempt < 5; attempt += 1) {
    unknown.push(await timedLogin(`nobody-${attempt}-${email}`))
    wrong.push(await timedLogin(email))
  }
  for (let attempt = 0; attempt < 5; attempt += 1) locked.push(await timedLogin(email))
  return { unknownEmailMs: median(unknown), wrongPasswordMs: median(wrong), lockedAccountMs: median(locked) }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

async function main(): Promise<void> {
  await withBenchServer(async () => {
    const token = await adminToken()
    await fetch(`${ORIGIN}${PAGE_PATH}`) // warm the route once

    const weight = await measurePageWeight()
    const pageWeights: HtmlWeight[] = []
    for (const path of await publicPaths()) pageWeights.push(await measureHtmlWeight(path))
    const load: LoadResult[] = []
    for (const connections of CONCURRENCIES) load.push(await measureLoad(connections))
    const whileLocked = await measureLoadWhileWriteWaits(token)
    const publishes: PublishResult[] = []
    for (let round = 1; round <= PUBLISH_ROUNDS; round += 1) publishes.push(await measurePublishToLive(token, round))
    const logins = await measureLoginTimes(token)

    console.log(`\nBenchmark of ${PAGE_PATH} (production build, ${SECONDS_PER_RUN} s per load run)\n`)
    console.log(
      table(
        ['connections', 'requests/s', 'p50 latency', 'p99 latency', 'errors'],
        [...load.map((row): [string, LoadResult] => [String(row.connections), row]), [`10, a write waiting on the lock`, whileLocked] as [string, LoadResult]].map(
          ([label, row]) => [label, row.requestsPerSecond.toFixed(0), ms(row.p50Ms), ms(row.p99Ms), row.errors],
        ),
      ),
    )
    console.log()
    console.log(
      table(
        ['page weight', 'raw', 'gzip'],
        [
          ['HTML', kib(weight.htmlBytes), kib(weight.htmlGzipBytes)],
          [`client JS (${weight.scriptCount} files)`, kib(weight.scriptBytes), kib(weight.scriptGzipBytes)],
        ],
      ),
    )
    const overBudget = weight.htmlBytes > SEED_PAGE_BUDGET_BYTES.html || weight.htmlGzipBytes > SEED_PAGE_BUDGET_BYTES.gzip
    console.log(
      `${PAGE_PATH}: ${weight.htmlBytes} bytes of HTML, ${weight.htmlGzipBytes} gzipped: ${overBudget ? 'OVER' : 'within'} ` +
        `its budget of ${SEED_PAGE_BUDGET_BYTES.html} and ${SEED_PAGE_BUDGET_BYTES.gzip}`,
    )
    console.log()
    console.log(
      table(
        ['public page (HTML)', 'raw', `gzip -${GZIP_LEVEL}`, 'of which server-components payload'],
        pageWeights.map((page) => [page.path, kib(page.htmlBytes), kib(page.htmlGzipBytes), kib(page.payloadBytes)]),
      ),
    )
    console.log()
    const latencies = publishes.map((publish) => publish.latencyMs).sort((a, b) => a - b)
    console.log(
      table(
        ['publish to live', 'value'],
        [
          ['rounds', publishes.length],
          ['median', ms(median(latencies))],
          ['max', ms(latencies[latencies.length - 1]!)],
          ['requests until live (max)', Math.max(...publishes.map((publish) => publish.requestsUntilLive))],
        ],
      ),
    )
    console.log()
    console.log(
      table(
        ['refused login (median of 5)', 'answer time'],
        [
          ['unknown email', ms(logins.unknownEmailMs)],
          ['known email, wrong password', ms(logins.wrongPasswordMs)],
          ['locked account', ms(logins.lockedAccountMs)],
        ],
      ),
    )
  })
}

// `npm run bench -- --topology`: the production topology instead (scripts/bench-topology.ts).
;(process.argv.includes('--topology') ? benchTopology() : main()).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
