/**
 * `npx tsx scripts/lighthouse.ts [path ...]`: Lighthouse's mobile audit (its default form factor:
 * a mid-range phone, throttled) of the public pages on the production build that `npm run bench`
 * uses (.next-bench on a throw-away database; BENCH_SKIP_BUILD=1 reuses the last build): the home
 * page, the first toolkit page and the first alternatives page the sitemap lists, and any paths
 * given. Prints the four scores per page with the metrics behind performance, then every audit that
 * keeps accessibility, best practices or SEO under 100.
 *
 * Lighthouse 12.8.2 runs through `npx -y` (13 needs Node 22), on Debian's Chromium (CHROME_PATH).
 * Performance depends on how busy the machine is: LIGHTHOUSE_RUNS (default 1) runs each page that
 * many times and reports the median of each score.
 */
import { spawn } from 'node:child_process'

import { ORIGIN, table, withBenchServer } from './benchServer'

const LIGHTHOUSE = 'lighthouse@12.8.2'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1)

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { title: string; score: number | null; numericValue?: number }>
}

/** The performance metrics behind the score, to see what a low one comes from (milliseconds; CLS unitless). */
const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' } as const

function runLighthouse(url: string): Promise<Report> {
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ]
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } })
    const chunks: Buffer[] = []
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}: ${errors.slice(-2000)}`))
      resolve(JSON.parse(Buffer.concat(chunks).toString()) as Report)
    })
  })
}

/** The home page, and the first toolkit and alternatives pages the sitemap lists. */
async function pagesFromSitemap(): Promise<string[]> {
  const sitemap = await (await fetch(`${ORIGIN}/sitemap.xml`)).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  const first = (pattern: RegExp) => paths.find((path) => pattern.test(path))
  return ['/', first(/^\/toolkits\/[^/]+$/), first(/^\/toolkits\/[^/]+\/alternatives$/)].filter((path): path is string => Boolean(path))
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const percent = (score: number | null | undefined) => (score == null ? 'n/a' : Math.round(score * 100))

/** The weighted audits below a full score in a category, by title. */
function shortfalls(report: Report, category: string): string[] {
  return report.categories[category]!.auditRefs
    .filter(({ id, weight }) => weight > 0 && report.audits[id]!.score !== null && report.audits[id]!.score! < 1)
    .map(({ id }) => `${id} (${report.audits[id]!.title})`)
}

async function main(): Promise<void> {
  await withBenchServer(async () => {
    const paths = [...(await pagesFromSitemap()), ...process.argv.slice(2)]
    const rows: (string | number)[][] = []
    const notes: string[] = []
    for (const path of paths) {
      const reports: Report[] = []
      for (let run = 0; run < RUNS; run += 1) reports.push(await runLighthouse(`${ORIGIN}${path}`))
      const metric = (id: string) => median(reports.map((report) => report.audits[id]!.numericValue ?? 0))
      rows.push([
        path,
        ...CATEGORIES.map((category) => percent(median(reports.map((report) => report.categories[category]!.score ?? 0)))),
        ...Object.values(METRICS).map((id) => (id === METRICS.CLS ? metric(id).toFixed(3) : `${Math.round(metric(id))} ms`)),
      ])
      for (const category of CATEGORIES.slice(1)) {
        for (const audit of shortfalls(reports[0]!, category)) notes.push(`${path} ${category}: ${audit}`)
      }
    }
    console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} per page\n`)
    console.log(table(['page', ...CATEGORIES, ...Object.keys(METRICS)], rows))
    console.log(notes.length > 0 ? `\nBelow 100:\n${notes.join('\n')}` : '\nAccessibility, best practices and SEO: 100 on every page.')
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
