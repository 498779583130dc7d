import { readFileSync } from 'node:fs'
import path from 'node:path'

import { jsonCacheValueSerializer, RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'
import { createClient } from 'redis'

import { createRedisClock, withHeaders } from './generations.mjs'
import { createPublishBarrier } from './publishBarrier.mjs'

/**
 * The cache every server shares, in Redis, for cache/redisCacheHandler.mjs: a store and a publish
 * clock (cache/generations.mjs) that keep working, without Redis, when Redis goes away.
 *
 * Entries are written and expired by @trieb.work/nextjs-turbo-redis-cache (its RedisStringsHandler:
 * storage format, time to live, and the index of cache keys by tag that a revalidation deletes). It is
 * read here, with the library's own serializer, so that a lookup answers within LOOKUP_TIMEOUT_MS and
 * logs nothing when Redis is gone.
 *
 * One connection of our own carries the clock and the reads, and says whether Redis is there: while
 * it is not, lookups miss (Next renders the page; it joins concurrent requests for a page to one
 * render), nothing is stored, and revalidations are remembered. When Redis is back, before anything
 * is read from it again, the remembered tags are revalidated there (for the servers that kept Redis
 * all along), and this server stops trusting every entry rendered before its return (another server
 * may not have replayed its own publishes yet): each page is rendered once more. The loss and the
 * return are logged once each.
 *
 * A publish is recorded only once every server has finished the lookups and renders it started before
 * (cache/publishBarrier.mjs).
 */

const APP_PREFIX = 'toolkit-alternatives:'
/** A lookup (or a publish's record) Redis has not answered by then renders the page (is replayed later). */
const LOOKUP_TIMEOUT_MS = 500
/** The longest a publish waits for the other servers (cache/publishBarrier.mjs) and Redis. */
const PUBLISH_TIMEOUT_MS = 6_000
const LIBRARY_START_TIMEOUT_MS = 10_000
/** Reconnect at once, then less often, every 2 s at most; never give up. */
const reconnectStrategy = (retries) => Math.min(50 * 2 ** retries, 2_000)
/** Next's lifetime of an entry (`revalidate`, `expire`) travels inside it: another server cannot know it otherwise. */
const CACHE_CONTROL_HEADER = 'x-toolkit-cache-control'

const CONNECTIONS_KEY = Symbol.for('toolkit-alternatives.shared-redis')

/**
 * Next creates a cache handler per request: each build directory gets one connection for the life of
 * the process (a test may create two, standing for two servers).
 */
export function sharedRedisFor(redisUrl, serverDistDir) {
  const connections = (globalThis[CONNECTIONS_KEY] ??= new Map())
  const name = `${redisUrl} ${serverDistDir}`
  if (!connections.has(name)) connections.set(name, connectSharedRedis(redisUrl, buildIdOf(serverDistDir)))
  return connections.get(name)
}

/** Entries of one build only: another build's pages link to scripts this one does not have. */
function buildIdOf(serverDistDir) {
  return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
}

function connectSharedRedis(redisUrl, buildId) {
  const { host, pathname } = new URL(redisUrl)
  const where = `${host}${pathname.length > 1 ? pathname : ''}`
  const keyPrefix = `${APP_PREFIX}${buildId}:`
  const client = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { reconnectStrategy } })
  // Publish generations count across builds: a publish expires the pages of every build still running.
  const clock = createRedisClock(client, {
    generationKey: `${APP_PREFIX}generation`,
    tagGenerationsKey: `${APP_PREFIX}tag-generations`,
  })
  const barrier = createPublishBarrier(client)
  /** Tags revalidated while Redis could not record it, replayed when it is back. */
  const missedTags = new Set()
  let library
  let state = 'starting' // then 'shared' or 'lost'
  /** After an outage, entries rendered under an earlier generation count as outdated. */
  let trustedFrom = 0
  let sharing

  const isShared = () =>
    state === 'shared' && missedTags.size === 0 && client.isReady && internalsOf(library).client.isReady

  function lose(error) {
    if (state === 'lost') return
    console.warn(
      `Redis at ${where} ${state === 'shared' ? 'was lost' : 'cannot be used'} (${error.message}): pages render without the shared cache until it returns.`,
    )
    state = 'lost'
  }

  /** Starts the library once, replays the missed revalidations, then reads from Redis again. */
  function share() {
    sharing ??= (async () => {
      try {
        library ??= await startLibrary(client, { redisUrl, keyPrefix })
        await replayMissedTags()
        if (state === 'lost') trustedFrom = await withTimeout(clock.advance([]))
        if (!client.isReady) return
        console.info(
          state === 'lost'
            ? `Redis at ${where} is back: pages are shared again.`
            : `Pages are cached in Redis at ${where}, shared by every server.`,
        )
        state = 'shared'
      } catch (error) {
        lose(error)
      } finally {
        sharing = undefined
      }
    })()
    return sharing
  }

  async function replayMissedTags() {
    const tags = [...missedTags]
    if (tags.length === 0) return
    await withTimeout(clock.advance(tags))
    for (const tag of tags) missedTags.delete(tag)
    // The new generations already expire the old entries; deleting them now only frees the memory.
    if (internalsOf(library).client.isReady) await library.revalidateTag(tags).catch(() => {})
  }

  client.on('error', lose)
  client.on('ready', share)
  // It retries for ever (reconnectStrategy) and reports through the events above.
  client.connect().catch(() => {})

  const store = {
    async get(key, ctx) {
      if (!isShared()) return null
      if (ctx?.kind === 'FETCH') return library.get(key, ctx)
      try {
        const serialized = await withTimeout(client.get(keyPrefix + key))
        return serialized ? entryFromRedis(await jsonCacheValueSerializer.deserialize(serialized)) : null
      } catch {
        return null
      }
    },
    async set(key, data, ctx) {
      if (!isShared()) return
      // A failed write leaves a miss; the library has logged it.
      await library.set(key, withCacheControl(data, ctx?.cacheControl), { ...ctx }).catch(() => {})
    },
    async revalidateTag(tags) {
      if (isShared()) await library.revalidateTag(tags).catch(() => {})
    },
  }

  const sharedClock = {
    observe(tags) {
      if (!isShared()) return Promise.reject(new Error('Redis is not shared now'))
      return withTimeout(clock.observe(tags)).then(({ current, latestRevalidation }) => ({
        current,
        latestRevalidation: barrier.isHeld(tags) ? Infinity : Math.max(latestRevalidation, trustedFrom),
      }))
    },
    /** Never rejects: what Redis did not record is remembered and replayed when it is back. */
    advance(tags) {
      const remember = () => tags.forEach((tag) => missedTags.add(tag))
      if (!client.isReady) return Promise.resolve(remember())
      const recorded = barrier.around(tags, () => clock.advance(tags))
      return withTimeout(recorded, PUBLISH_TIMEOUT_MS).then(
        () => {},
        (error) => {
          remember()
          lose(error)
          void share()
        },
      )
    },
  }

  return { store, clock: sharedClock }
}

async function startLibrary(client, { redisUrl, keyPrefix }) {
  await requireKeyspaceEvents(client)
  const library = new RedisStringsHandler({
    redisUrl,
    database: Number(new URL(redisUrl).pathname.slice(1) || 0),
    keyPrefix,
    // Every lookup reads Redis: no copy of a page outlives its revalidation on another server.
    inMemoryCachingTime: 0,
    getTimeoutMs: LOOKUP_TIMEOUT_MS,
    socketOptions: { reconnectStrategy },
  })
  const { client: libraryClient, subscribers, maps } = internalsOf(library)
  // The library logs every error of its connections and reconnects them itself, a line per
  // connection and attempt during an outage. node-redis reconnects and resubscribes on its own, and
  // this module reports the outage once.
  for (const connection of [libraryClient, ...subscribers]) {
    connection.removeAllListeners('error')
    connection.on('error', () => {})
  }
  await withTimeout(Promise.all(maps.map((map) => map.waitUntilReady())), LIBRARY_START_TIMEOUT_MS)
  return library
}

/**
 * The library's connections and synced maps, which it keeps private (version 1.18.0, pinned:
 * RedisStringsHandler's constructor and SyncedMap). tests/unit/redis-cache-handler.test.ts fails if
 * they move.
 */
function internalsOf(library) {
  const maps = [library.sharedTagsMap, library.revalidatedTagsMap, library.inMemoryDeduplicationCache]
  return { client: library.client, subscribers: maps.map((map) => map.subscriberClient), maps }
}

/** The library follows expired and evicted keys, and refuses to start unless Redis announces them. */
async function requireKeyspaceEvents(client) {
  const flags = (await client.configGet('notify-keyspace-events'))['notify-keyspace-events'] ?? ''
  if (flags.includes('E') && (flags.includes('A') || (flags.includes('x') && flags.includes('e')))) return
  throw new Error('it must announce expired and evicted keys: start it with --notify-keyspace-events Exe')
}

function withCacheControl(data, cacheControl) {
  if (!data || cacheControl === undefined || data.kind === 'FETCH') return data
  return withHeaders(data, { [CACHE_CONTROL_HEADER]: JSON.stringify(cacheControl) })
}

/** The library's entry ({ value, lastModified, tags }) as Next reads one, with its lifetime. */
function entryFromRedis(entry) {
  if (!entry) return null
  const { value, lastModified } = entry
  const cacheControl = value?.headers?.[CACHE_CONTROL_HEADER]
  if (cacheControl === undefined) return { value, lastModified }
  return {
    value: withHeaders(value, { [CACHE_CONTROL_HEADER]: undefined }),
    lastModified,
    cacheControl: JSON.parse(cacheControl),
  }
}

function withTimeout(promise, timeoutMs = LOOKUP_TIMEOUT_MS) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
