/**
 * `npm run bench -- --topology`: the production topology (scripts/topology.ts) on the bench build,
 * measured with wrk (Debian's `apt-get install -y wrk`, a C client that outpaces the proxy) at 64
 * connections, side by side in one run, on the seed alternatives page, sent gzipped:
 *   (a) one `next start` (its cache on its own disk, as `npm start`),
 *   (b) Varnish in front of the two instances that share their cache in Redis,
 *   (c) Varnish serving the same bytes from a static origin: this machine's limit for (b);
 * then publish-to-live across instances and through the proxy (from a save's response through
 * instance A to the first response at instance B and at the proxy that shows it, on every page the
 * change shows on), and the size of every public page as the proxy sends it.
 *
 * Builds into .next-bench unless BENCH_SKIP_BUILD=1; BENCH_SECONDS sets each load run (default 10);
 * TOPOLOGY_PUBLISHES the publishes (default 24). Load and servers share this machine's cores.
 */
import { execFile } from 'node:child_process'
import { createServer, request } from 'node:http'
import { promisify } from 'node:util'

import { adminToken, BENCH_DIST_DIR, buildUnlessSkipped, ms, table } from './benchServer'
import { instanceEnv, nextInstance, startTopology, TOPOLOGY_PAYLOAD_SECRET, varnishProxy, type Service } from './topology'

const PAGE_PATH = '/toolkits/backend-architect/alternatives'
const CONNECTIONS = 64
const SECONDS_PER_RUN = Number(process.env.BENCH_SECONDS ?? 10)
const PUBLISHES = Number(process.env.TOPOLOGY_PUBLISHES ?? 24)
/** Beside the topology's 3220-3223: the single instance, the static proxy and its origin. */
const PORTS = { single: 3224, staticProxy: 3225, staticOrigin: 3226 }

interface WrkResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 }

function latencyMs(output: string, percentile: string): number {
  const match = new RegExp(`^\\s+${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output)
  if (!match) throw new Error(`wrk printed no ${percentile}th percentile:\n${output}`)
  return Number(match[1]) * UNIT_MS[match[2]!]!
}

async function wrk(url: string): Promise<WrkResult> {
  const { stdout } = await promisify(execFile)('wrk', [
    '--threads', '2',
    '--connections', String(CONNECTIONS),
    '--duration', `${SECONDS_PER_RUN}s`,
    '--latency',
    '--header', 'Accept-Encoding: gzip',
    url,
  ])
  const count = (pattern: RegExp) => [...(pattern.exec(stdout)?.slice(1) ?? [])].reduce((sum, value) => sum + Number(value), 0)
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
    p50Ms: latencyMs(stdout, '50'),
    p99Ms: latencyMs(stdout, '99'),
    errors: count(/Non-2xx or 3xx responses: (\d+)/) + count(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/),
  }
}

/** The page as the proxy sends it to a browser that accepts gzip: the bytes of its body on the wire. */
function fetchGzipped(url: string): Promise<{ wireBytes: number; contentEncoding?: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let wireBytes = 0
      response.on('data', (chunk: Buffer) => (wireBytes += chunk.length))
      response.on('end', () => resolve({ wireBytes, contentEncoding: response.headers['content-encoding'] }))
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

/** Headers that describe one transfer rather than the page: the static origin sends its own. */
const TRANSFER_HEADERS = new Set(['connection', 'content-encoding', 'content-length', 'date', 'keep-alive', 'transfer-encoding'])

/** An origin that answers every path with the page as `next start` sends it: the same body and headers. */
async function startStaticOrigin(page: Response): Promise<() => Promise<void>> {
  const body = await page.text()
  const headers = Object.fromEntries([...page.headers].filter(([name]) => !TRANSFER_HEADERS.has(name)))
  const server = createServer((_, response) => response.writeHead(200, headers).end(body))
  await new Promise<void>((resolve) => server.listen(PORTS.staticOrigin, '127.0.0.1', resolve))
  return () => new Promise((resolve) => server.close(() => resolve()))
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const percentile = (values: number[], fraction: number) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * fraction) - 1]!

interface Doc {
  id: string
  slug: string
}

/**
 * Publishes a new tagline of a ranked role through instance A, PUBLISHES times, and times each page
 * it shows on (the role's toolkit page, the home page, the ranking page) at B and at the proxy.
 */
interface Reads {
  latenciesMs: number[]
  /** Reads after which the page still did not show the change (0: every page showed it at once). */
  staleReads: number
}

async function measurePublishToLive(topology: { instances: Service[]; proxy: Service }): Promise<Map<string, Reads>> {
  const [a, b] = topology.instances as [Service, Service]
  const token = await adminToken(a.origin, TOPOLOGY_PAYLOAD_SECRET)
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const { docs } = (await (await fetch(`${a.origin}/api/roles?limit=100&depth=0`, { headers })).json()) as { docs: (Doc & { alternatives?: { role: string }[] })[] }
  const ranker = docs.find((role) => `/toolkits/${role.slug}/alternatives` === PAGE_PATH)!
  const ranked = ranker.alternatives!.map((row) => docs.find((role) => role.id === row.role)!)
  const reads = new Map<string, Reads>(['instance B', 'proxy'].map((name) => [name, { latenciesMs: [], staleReads: 0 }]))
  const readers = [
    { name: 'instance B', origin: b.origin },
    { name: 'proxy', origin: topology.proxy.origin },
  ]
  for (let round = 0; round < PUBLISHES; round += 1) {
    const role = ranked[round % ranked.length]!
    const pages = [`/toolkits/${role.slug}`, '/', PAGE_PATH]
    // Cached everywhere first, so that the proxy has a copy to purge.
    await Promise.all(pages.flatMap((path) => readers.map(async ({ origin }) => (await fetch(`${origin}${path}`)).arrayBuffer())))
    const tagline = `Bench tagline ${round} ${Date.now()}`
    const saved = await fetch(`${a.origin}/api/roles/${role.id}`, { method: 'PATCH', headers, body: JSON.stringify({ tagline, _status: 'published' }) })
    if (!saved.ok) throw new Error(`Saving a tagline through instance A failed with ${saved.status}: ${await saved.text()}`)
    const savedAt = performance.now()
    await Promise.all(
      pages.flatMap((path) =>
        readers.map(async ({ name, origin }) => {
          const reader = reads.get(name)!
          for (let attempt = 1; attempt <= 200; attempt += 1) {
            if ((await (await fetch(`${origin}${path}`)).text()).includes(tagline)) {
              reader.latenciesMs.push(performance.now() - savedAt)
              return
            }
            reader.staleReads += 1
          }
          throw new Error(`${path} at ${name} did not show the change within 200 requests`)
        }),
      ),
    )
  }
  return reads
}

export async function benchTopology(): Promise<void> {
  await buildUnlessSkipped()
  const topology = await startTopology({ distDir: BENCH_DIST_DIR })
  // (a): the same build and database, its cache on its own disk and no proxy to purge.
  const single = nextInstance('single', PORTS.single, { ...instanceEnv(BENCH_DIST_DIR), REDIS_URL: '', CACHE_PURGE_URLS: '' })
  let staticProxy: Service | undefined
  let stopStaticOrigin: (() => Promise<void>) | undefined
  try {
    await single.start()
    stopStaticOrigin = await startStaticOrigin(await fetch(`${topology.instances[0].origin}${PAGE_PATH}`))
    staticProxy = varnishProxy('static-proxy', PORTS.staticProxy, [PORTS.staticOrigin])
    await staticProxy.start()

    const targets = [
      ['(a) one next start', `${single.origin}${PAGE_PATH}`],
      ['(b) Varnish, two instances, Redis', `${topology.proxy.origin}${PAGE_PATH}`],
      ['(c) Varnish, the same bytes, static', `${staticProxy.origin}${PAGE_PATH}`],
    ] as const
    const results: WrkResult[] = []
    for (const [, url] of targets) {
      for (let warm = 0; warm < 3; warm += 1) await (await fetch(url, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer()
      results.push(await wrk(url))
    }
    const reads = await measurePublishToLive(topology)
    const sitemap = await (await fetch(`${topology.proxy.origin}/sitemap.xml`)).text()
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
    const sizes = await Promise.all(
      paths.map(async (path) => {
        const url = `${topology.proxy.origin}${path}`
        const htmlBytes = Buffer.byteLength(await (await fetch(url)).text())
        const { wireBytes, contentEncoding } = await fetchGzipped(url)
        return [path, htmlBytes, contentEncoding === 'gzip' ? wireBytes : `${wireBytes} (not gzipped)`] as const
      }),
    )

    const limit = results[2]!.requestsPerSecond
    console.log(`\nThe production topology: ${PAGE_PATH}, wrk, ${CONNECTIONS} connections, ${SECONDS_PER_RUN} s each, gzip\n`)
    console.log(
      table(
        ['server', 'requests/s', 'p50', 'p99', 'errors', 'of (c)'],
        targets.map(([label], index) => {
          const result = results[index]!
          return [label, result.requestsPerSecond.toFixed(0), ms(result.p50Ms), ms(result.p99Ms), result.errors, `${(result.requestsPerSecond / limit).toFixed(2)}x`]
        }),
      ),
    )
    console.log()
    console.log(
      table(
        ['publish to live (from the save through A)', 'pages read', 'stale reads', 'median', 'p95', 'max'],
        [...reads].map(([reader, { latenciesMs, staleReads }]) => [
          reader,
          latenciesMs.length,
          staleReads,
          ms(median(latenciesMs)),
          ms(percentile(latenciesMs, 0.95)),
          ms(Math.max(...latenciesMs)),
        ]),
      ),
    )
    console.log(`(${PUBLISHES} publishes of a tagline; each page read until it showed the change)\n`)
    console.log(table(['public page, through the proxy', 'HTML bytes', 'gzip bytes sent'], sizes.map((row) => [...row])))
  } finally {
    await Promise.all([staticProxy?.stop(), single.stop(), stopStaticOrigin?.()])
    await topology.stop()
  }
}
