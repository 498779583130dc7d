import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import RedisCacheHandler from '@/cache/redisCacheHandler.mjs'
import { expireAfterEarlierWork } from '@/cache/renderTracker'

import { renderedPage } from './support/renderedPage'
import { startRedisServer, type RedisServer } from './support/redisServer'

/**
 * Two handlers over one real redis-server stand for two servers behind a load balancer: they share
 * nothing but Redis (the in-flight tracker is per process and plays no part in these cases). Driven
 * the way Next drives a handler: a lookup that finds nothing is followed by a render and a `set`; a
 * publish calls `revalidateTag` with the page's implicit tag.
 */
const PAGE = { kind: 'APP_PAGE' } as const
const LIFETIME = { revalidate: 3600, expire: 31_536_000 }
const SERVER_A_USER = 'server-a'

let redis: RedisServer
let serverA: RedisCacheHandler
let serverB: RedisCacheHandler

/** A server's `serverDistDir`; the servers run the same build, so they read each other's pages. */
function buildDirectory() {
  const root = mkdtempSync(path.join(tmpdir(), 'next-build-'))
  writeFileSync(path.join(root, 'BUILD_ID'), 'test-build')
  mkdirSync(path.join(root, 'server'))
  return { serverDistDir: path.join(root, 'server') }
}

/** What a visitor of `server` gets: the cached page, or (undefined) a page rendered anew and stored. */
async function visit(server: RedisCacheHandler, key: string, renders = 'rendered anew') {
  const entry = (await server.get(key, PAGE)) as { value?: { html?: string } } | null
  if (!entry) await server.set(key, renderedPage(key, renders), { ...PAGE, cacheControl: LIFETIME })
  return entry?.value?.html
}

/** Resolves once a page that `server` stores is served back from Redis. */
async function untilShared(server: RedisCacheHandler) {
  const key = `/probe/${Math.random()}`
  await vi.waitFor(async () => expect(await visit(server, key)).toBeDefined(), { timeout: 15_000, interval: 50 })
}

async function redisCommand(...command: string[]) {
  const admin = createClient({ url: redis.url() })
  await admin.connect()
  try {
    return await admin.sendCommand(command)
  } finally {
    await admin.disconnect()
  }
}

/** The lines the cache logged about Redis while `action` ran. */
async function redisLogLinesDuring(action: () => Promise<void>) {
  const lines: string[] = []
  const record = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
  const spies = (['error', 'warn', 'info', 'log'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation(record),
  )
  try {
    await action()
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
  return lines.filter((line) => /redis/i.test(line))
}

beforeAll(async () => {
  redis = await startRedisServer({ users: [SERVER_A_USER] })
  vi.stubEnv('REDIS_URL', redis.url(SERVER_A_USER))
  serverA = new RedisCacheHandler(buildDirectory())
  vi.stubEnv('REDIS_URL', redis.url())
  serverB = new RedisCacheHandler(buildDirectory())
  vi.unstubAllEnvs()
  await Promise.all([untilShared(serverA), untilShared(serverB)])
}, 30_000)

/**
 * Resolves once no server connection has sent Redis a command for a second: they are all reconnected.
 * Killing Redis while node-redis is still re-establishing a connection rejects a promise inside it that
 * no caller can handle (a Next server logs such a rejection and carries on; Vitest counts it as an error).
 */
async function untilConnectionsSettle() {
  await vi.waitFor(
    async () => {
      const connections = String(await redisCommand('CLIENT', 'LIST')).trim().split('\n')
      const busy = connections.filter((line) => !/cmd=client\|list/.test(line) && !/ idle=[1-9]/.test(line))
      expect(busy).toEqual([])
    },
    { timeout: 10_000, interval: 200 },
  )
}

afterAll(async () => {
  if (redis) await untilConnectionsSettle()
  await redis?.kill()
})

describe('the Redis cache shared by several servers', () => {
  it('serves on one server the page another rendered, with its lifetime and without the cache’s own headers', async () => {
    const key = '/toolkits/shared'
    expect(await visit(serverA, key, 'rendered on A')).toBeUndefined()

    const entry = await serverB.get(key, PAGE)
    expect(entry?.value).toMatchObject({ html: '<p>rendered on A</p>', headers: renderedPage(key, '').headers })
    expect(Object.keys((entry?.value as { headers: object }).headers)).toEqual(['x-next-cache-tags'])
    expect(entry?.cacheControl).toEqual(LIFETIME)
  })

  it('makes a page revalidated through one server a miss on the other’s next lookup', async () => {
    const key = '/toolkits/revalidated'
    await visit(serverA, key, 'old content')
    expect(await visit(serverB, key)).toBe('<p>old content</p>')

    await serverA.revalidateTag([`_N_T_${key}`])
    expect(await visit(serverB, key, 'new content')).toBeUndefined()
    expect(await visit(serverA, key)).toBe('<p>new content</p>')
  })

  it('records a publish once the renders that started before it on any server are stored, and expires them everywhere', async () => {
    const [first, second] = ['/toolkits/first-render', '/toolkits/second-render']
    const store = (key: string, text: string) =>
      serverB.set(key, renderedPage(key, text), { ...PAGE, cacheControl: LIFETIME })
    // B starts rendering both pages, reading the old content.
    expect(await serverB.get(first, PAGE)).toBeNull()
    expect(await serverB.get(second, PAGE)).toBeNull()

    let recorded = false
    const publishing = serverA.revalidateTag([`_N_T_${first}`, `_N_T_${second}`]).then(() => (recorded = true))
    await store(first, 'content read before the save')
    // Not recorded yet (the second render is still going), but once B hears of the publish, the page
    // stored is not handed out.
    await vi.waitFor(async () => expect(await serverB.get(first, PAGE)).toBeNull())
    await store(first, 'content read after the save')
    expect(recorded).toBe(false)

    await store(second, 'content read before the save')
    await publishing
    expect(await visit(serverA, second)).toBeUndefined()
    expect(await visit(serverB, second)).toBe('<p>rendered anew</p>')
  })

  it('expires pages through the server’s own handler, not through one Next creates for the proxy', async () => {
    const key = '/toolkits/published-from-the-admin'
    await visit(serverA, key, 'old content')
    new RedisCacheHandler({}) // what Next creates for proxy.ts, with no build directory

    await expireAfterEarlierWork([key]) // what a publish does once its write is committed
    expect(await visit(serverB, key)).toBeUndefined()
  })

  it('replays, when a server cut off from Redis is back, the publishes it made meanwhile', async () => {
    const revalidated = '/toolkits/published-while-cut-off'
    const untouched = '/toolkits/untouched'
    await visit(serverA, revalidated, 'old content')
    await visit(serverA, untouched, 'untouched content')

    const lines = await redisLogLinesDuring(async () => {
      await redisCommand('ACL', 'SETUSER', SERVER_A_USER, 'off')
      await redisCommand('CLIENT', 'KILL', 'USER', SERVER_A_USER)
      await vi.waitFor(async () => expect(await visit(serverA, untouched)).toBeUndefined())
      await serverA.revalidateTag([`_N_T_${revalidated}`])

      await redisCommand('ACL', 'SETUSER', SERVER_A_USER, 'on')
      await untilShared(serverA)
    })

    expect(lines).toEqual([expect.stringMatching(/was lost/), expect.stringMatching(/is back/)])
    expect(await visit(serverB, revalidated)).toBeUndefined()
    expect(await visit(serverB, untouched)).toBe('<p>untouched content</p>')
  }, 30_000)

  it('keeps answering without Redis, logs its loss and return once per server, then renders again what was cached before the outage', async () => {
    const key = '/toolkits/cached-before-the-outage'
    await visit(serverA, key, 'content before the outage')
    await redisCommand('SAVE') // Redis comes back from this snapshot, with the page still in it

    const lines = await redisLogLinesDuring(async () => {
      await redis.kill()
      const startedAt = Date.now()
      for (let lookup = 0; lookup < 20; lookup += 1) {
        expect(await serverA.get(key, PAGE)).toBeNull()
        expect(await serverB.get(key, PAGE)).toBeNull()
      }
      expect(Date.now() - startedAt).toBeLessThan(2_000) // nothing waits for a Redis that is gone
      await expect(serverA.revalidateTag(['_N_T_/toolkits/another-page'])).resolves.toBeUndefined()
      await expect(visit(serverB, key)).resolves.toBeUndefined()
      await new Promise((resolve) => setTimeout(resolve, 1_500)) // several reconnection attempts

      await redis.restart()
      await Promise.all([untilShared(serverA), untilShared(serverB)])
    })

    expect(lines.filter((line) => /was lost/.test(line))).toHaveLength(2)
    expect(lines.filter((line) => /is back/.test(line))).toHaveLength(2)
    expect(lines).toHaveLength(4)
    // No publish touched this page, but one on a server not back yet could have: it is rendered again.
    expect(await visit(serverB, key, 'content after the outage')).toBeUndefined()
    expect(await visit(serverA, key)).toBe('<p>content after the outage</p>')
  }, 30_000)
})
