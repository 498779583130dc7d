/**
 * `npx tsx scripts/bench-redis-cache.ts`: what the publish-generation check adds to a lookup in the
 * Redis cache (cache/redisCacheHandler.mjs), on a throw-away redis-server on this machine.
 *
 * Stores one page the size of the seed alternatives page, then times lookups of it: the plain read
 * (GET and decode, what a lookup costs without the check), the check alone (one script call), and the
 * handler's whole lookup; one at a time, then 64 at once, in alternating rounds so that a busy
 * machine weighs on each alike. Prints figures; asserts nothing. BENCH_LOOKUPS sets the number of
 * lookups per measure (default 2000).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { jsonCacheValueSerializer } from '@trieb.work/nextjs-turbo-redis-cache'
import { createClient } from 'redis'

import RedisCacheHandler from '../cache/redisCacheHandler.mjs'
import { startRedisServer } from '../tests/unit/support/redisServer'

const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 2000)
const CONCURRENCY = 64
const PAGE = { kind: 'APP_PAGE' } as const
const KEY = '/toolkits/backend-architect/alternatives'
const TAGS = `_N_T_/layout,_N_T_/toolkits/layout,_N_T_/toolkits/[slug]/layout,_N_T_${KEY}`
const PREFIX = 'toolkit-alternatives:bench-build:'
const ROUNDS = 5

/** Calls `lookup` `count` times, `concurrency` at a time, adding each call's milliseconds to `durations`. */
async function time(lookup: () => Promise<unknown>, concurrency: number, count: number, durations: number[]) {
  let remaining = count
  const worker = async () => {
    while (remaining-- > 0) {
      const startedAt = performance.now()
      await lookup()
      durations.push(performance.now() - startedAt)
    }
  }
  const startedAt = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return performance.now() - startedAt
}

/** Each measure, in turn, ROUNDS times: p50, p99 and calls per second. */
async function measure(lookups: Record<string, () => Promise<unknown>>, concurrency: number) {
  const results = Object.fromEntries(Object.keys(lookups).map((name) => [name, { durations: [] as number[], elapsedMs: 0 }]))
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, lookup] of Object.entries(lookups)) {
      const result = results[name]!
      result.elapsedMs += await time(lookup, concurrency, Math.ceil(LOOKUPS / ROUNDS), result.durations)
    }
  }
  return Object.fromEntries(
    Object.entries(results).map(([name, { durations, elapsedMs }]) => {
      durations.sort((a, b) => a - b)
      const at = (share: number) => durations[Math.floor((durations.length - 1) * share)] ?? NaN
      return [name, { p50: at(0.5), p99: at(0.99), perSecond: (durations.length / elapsedMs) * 1000 }]
    }),
  )
}

async function main() {
  const redis = await startRedisServer()
  const root = mkdtempSync(path.join(tmpdir(), 'bench-build-'))
  writeFileSync(path.join(root, 'BUILD_ID'), 'bench-build')
  mkdirSync(path.join(root, 'server'))
  process.env.REDIS_URL = redis.url()
  const handler = new RedisCacheHandler({ serverDistDir: path.join(root, 'server') })
  const client = createClient({ url: redis.url() })
  await client.connect()
  try {
    const page = {
      kind: 'APP_PAGE',
      html: `<p>${'x'.repeat(93_000)}</p>`,
      rscData: Buffer.from('y'.repeat(56_000)),
      headers: { 'x-next-cache-tags': TAGS },
      status: 200,
    }
    const stored = async () => (await handler.get(KEY, PAGE)) !== null
    while (!(await stored())) {
      await handler.set(KEY, page, { ...PAGE, cacheControl: { revalidate: 3600, expire: 31_536_000 } })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }

    const plainRead = async () => jsonCacheValueSerializer.deserialize((await client.get(PREFIX + KEY)) ?? 'null')
    const check = () =>
      client.eval("return redis.call('HMGET', KEYS[2], unpack(ARGV, 2))", {
        keys: ['toolkit-alternatives:generation', 'toolkit-alternatives:tag-generations'],
        arguments: [String(Date.now()), ...TAGS.split(',')],
      })
    const rows: string[][] = []
    for (const concurrency of [1, CONCURRENCY]) {
      const figures = await measure(
        {
          'plain read (GET + decode)': plainRead,
          'generation check alone (script)': check,
          'handler lookup (read + check)': () => handler.get(KEY, PAGE),
        },
        concurrency,
      )
      for (const [name, { p50, p99, perSecond }] of Object.entries(figures)) {
        rows.push([`${concurrency}`, name, p50.toFixed(3), p99.toFixed(3), perSecond.toFixed(0)])
      }
      const added = figures['handler lookup (read + check)']!.p50 - figures['plain read (GET + decode)']!.p50
      rows.push([`${concurrency}`, 'added by the check (p50)', added.toFixed(3), '', ''])
    }
    console.log(`Lookups of a ${Math.round((page.html.length + page.rscData.length) / 1000)} KB page, ${LOOKUPS} per row`)
    console.log(['at once', 'what', 'p50 ms', 'p99 ms', 'per s'].join('\t'))
    for (const row of rows) console.log(row.join('\t'))
  } finally {
    await client.disconnect()
    await redis.kill()
  }
  process.exit(0)
}

void main()
