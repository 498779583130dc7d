import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * One rule decides whether a cached page is outdated, whichever cache holds it: a publish generation.
 *
 * A clock counts publishes. A render records the generation it started under (read by the lookup
 * that missed, before the render reads any content), and its entry carries that stamp. A publish
 * advances the clock and records the new generation against each cache tag it revalidates. An entry
 * is outdated when one of its tags was revalidated at a later generation than its stamp: its render
 * may have read the content from before that publish. No wall clock is compared, so neither two
 * renders in the same millisecond nor two servers whose clocks disagree can let an old page through.
 *
 * Two clocks keep the rule: one in this process (Next's file-system cache, one server) and one in
 * Redis (the cache that several servers share). Each starts from the wall-clock time in milliseconds
 * and counts publishes from there, so a clock started again (a restarted server, a Redis that lost
 * its data) never hands out a generation below a stamp it gave before.
 */

/** The entry's stamp, kept in its headers: Next stores and returns them with the page. */
const GENERATION_HEADER = 'x-toolkit-render-generation'
const CACHE_TAGS_HEADER = 'x-next-cache-tags'

export function isOutdated(entryGeneration, latestRevalidation) {
  return latestRevalidation > entryGeneration
}

export function cacheTagsOf(value) {
  const header = value?.headers?.[CACHE_TAGS_HEADER]
  return typeof header === 'string' ? header.split(',') : []
}

/** The generation an entry's render started under; 0 (before every publish) for an entry without one. */
export function generationOf(value) {
  return Number(value?.headers?.[GENERATION_HEADER] ?? 0)
}

/** The page to store, stamped with its render's generation (unknown: left unstamped, so the oldest). */
export function stamped(value, generation) {
  if (!value || generation === undefined) return value
  return withHeaders(value, { [GENERATION_HEADER]: String(generation) })
}

/** The entry as Next hands it out: without the stamp, which no visitor needs to see. */
export function unstamped(entry) {
  return { ...entry, value: withHeaders(entry.value, { [GENERATION_HEADER]: undefined }) }
}

/** A copy of the value with headers added (or, given undefined, removed). */
export function withHeaders(value, changes) {
  const headers = { ...value.headers }
  for (const [name, content] of Object.entries(changes)) {
    if (content === undefined) delete headers[name]
    else headers[name] = content
  }
  return { ...value, headers }
}

/**
 * The clock of a single server. Its methods act at once (no await), which the publish relies on.
 *
 * With a `file`, it keeps its record of revalidations there, beside the cached pages, and reads it
 * back when the server starts again: the pages stay on disk across a restart, so a page (or a 404)
 * a publish revalidated before the restart, and nobody requested since, would otherwise be served
 * again until its hour is up.
 */
export function createLocalClock({ file } = {}) {
  /** cache tag -> generation it was last revalidated at */
  const revalidatedAt = new Map(file ? readRecord(file) : [])
  let generation = Math.max(Date.now(), ...revalidatedAt.values())
  return {
    observe(tags) {
      const latestRevalidation = Math.max(0, ...tags.map((tag) => revalidatedAt.get(tag) ?? 0))
      return { current: generation, latestRevalidation }
    },
    advance(tags) {
      generation += 1
      for (const tag of tags) revalidatedAt.set(tag, generation)
      if (file) writeRecord(file, revalidatedAt)
    },
  }
}

function readRecord(file) {
  try {
    return Object.entries(JSON.parse(readFileSync(file, 'utf8'))).filter(([, generation]) => Number.isFinite(generation))
  } catch {
    // None yet (a new build), or unreadable: every entry on disk counts as it was stored.
    return []
  }
}

/** Written whole and renamed into place, so a server stopped mid-write leaves the previous record. */
function writeRecord(file, revalidatedAt) {
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, JSON.stringify(Object.fromEntries(revalidatedAt)))
  renameSync(partial, file)
}

// Both scripts start the counter from the wall clock (ARGV[1]) if Redis has none, atomically.
const OBSERVE_SCRIPT = `
redis.call('SET', KEYS[1], ARGV[1], 'NX')
local latest = 0
if #ARGV > 1 then
  for _, generation in ipairs(redis.call('HMGET', KEYS[2], unpack(ARGV, 2))) do
    if generation and tonumber(generation) > latest then latest = tonumber(generation) end
  end
end
return { tonumber(redis.call('GET', KEYS[1])), latest }`

const ADVANCE_SCRIPT = `
redis.call('SET', KEYS[1], ARGV[1], 'NX')
local generation = redis.call('INCR', KEYS[1])
for i = 2, #ARGV do redis.call('HSET', KEYS[2], ARGV[i], generation) end
return generation`

/**
 * The clock shared by every server, in Redis: a counter and a hash of tag -> generation, each read or
 * advanced by one script (one round trip, atomic). The commands of one connection run in the order
 * they are sent, so a lookup sent after a publish's `advance` sees that publish.
 */
export function createRedisClock(client, { generationKey, tagGenerationsKey }) {
  const run = (script, tags) =>
    client.eval(script, { keys: [generationKey, tagGenerationsKey], arguments: [String(Date.now()), ...tags] })
  return {
    /** Rejects when Redis cannot be reached. */
    async observe(tags) {
      const [current, latestRevalidation] = await run(OBSERVE_SCRIPT, tags)
      return { current, latestRevalidation }
    },
    /** Rejects when Redis cannot be reached. Sends its command before returning to the caller. */
    advance(tags) {
      return run(ADVANCE_SCRIPT, tags)
    },
  }
}
