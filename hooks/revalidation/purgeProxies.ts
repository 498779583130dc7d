import { env } from '../../lib/env'

/**
 * Removes refreshed pages from the caching proxies in front of the site (deploy/varnish/default.vcl),
 * so that a visitor going through any of them sees a publish on the next request. Called with the
 * list Next has just revalidated, after it has: a proxy that fetches a purged page again gets the new
 * one.
 *
 * A proxy that does not answer never fails or holds up a save for long: each request has a short
 * limit, the failure is logged once (and the proxy's return once), and the pages it missed are
 * purged again every few seconds until it answers. Until then it may serve them for the rest of
 * their lifetime (an hour: Next's s-maxage, which the proxy keeps).
 */

/** The header carrying CACHE_PURGE_SECRET, which the proxy checks. */
export const PURGE_SECRET_HEADER = 'x-purge-secret'
/** With the value "prefix", a purge removes every address under its path. */
export const PURGE_SCOPE_HEADER = 'x-purge-scope'
const REQUEST_TIMEOUT_MS = 2_000
const RETRY_INTERVAL_MS = 5_000

type Logger = { info(message: string): void; warn(message: string): void }

export interface ProxyPurgeOptions {
  /** The proxies' origins, such as http://proxy1:6081. */
  proxies: readonly string[]
  secret: string
  logger: Logger
  requestTimeoutMs?: number
  retryIntervalMs?: number
}

export interface ProxyPurger {
  /** Purges the pages at every proxy; resolves once each has answered, failed or timed out. */
  purge(paths: readonly string[]): Promise<void>
  /** Stops retrying (tests). */
  close(): void
}

/**
 * A path with a dynamic segment (`/compare/[set]`) stands for every page of a route, too many to
 * name: the proxy removes every address under its static part (`/compare/`).
 */
function purgeRequestFor(path: string): { path: string; headers: Record<string, string> } {
  const dynamicSegment = path.indexOf('/[')
  return dynamicSegment === -1 ? { path, headers: {} } : { path: path.slice(0, dynamicSegment + 1), headers: { [PURGE_SCOPE_HEADER]: 'prefix' } }
}

export function createProxyPurger({
  proxies,
  secret,
  logger,
  requestTimeoutMs = REQUEST_TIMEOUT_MS,
  retryIntervalMs = RETRY_INTERVAL_MS,
}: ProxyPurgeOptions): ProxyPurger {
  const targets = proxies.map((origin) => {
    /** Pages this proxy missed: purged with the next publish, or by the retry timer. */
    const missed = new Set<string>()
    let failing = false
    let retryTimer: NodeJS.Timeout | undefined

    async function send(path: string): Promise<string | undefined> {
      const request = purgeRequestFor(path)
      try {
        const response = await fetch(new URL(request.path, origin), {
          method: 'PURGE',
          headers: { ...request.headers, [PURGE_SECRET_HEADER]: secret },
          signal: AbortSignal.timeout(requestTimeoutMs),
        })
        await response.body?.cancel()
        return response.ok ? undefined : `PURGE ${request.path} answered ${response.status}`
      } catch (error) {
        return `PURGE ${request.path}: ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}`
      }
    }

    async function purge(paths: readonly string[]): Promise<void> {
      const pending = [...new Set([...missed, ...paths])]
      missed.clear()
      const failures = (await Promise.all(pending.map(async (path) => [path, await send(path)] as const))).filter(
        (result): result is readonly [string, string] => result[1] !== undefined,
      )
      for (const [path] of failures) missed.add(path)
      // Logged when the proxy starts failing and when it answers again, not for every publish meanwhile.
      if (failures.length > 0 && !failing) {
        logger.warn(`Could not purge ${failures.length} page(s) at the caching proxy ${origin} (${failures[0]![1]}); retrying every ${retryIntervalMs / 1000} s.`)
      } else if (failures.length === 0 && failing) {
        logger.info(`The caching proxy ${origin} answers again; the pages it missed are purged.`)
      }
      failing = failures.length > 0
      scheduleRetry()
    }

    function scheduleRetry(): void {
      if (missed.size === 0 || retryTimer) return
      retryTimer = setTimeout(() => {
        retryTimer = undefined
        void purge([])
      }, retryIntervalMs)
      // A pending retry never keeps a process (a script, a test) alive.
      retryTimer.unref()
    }

    return {
      purge,
      close: () => clearTimeout(retryTimer),
    }
  })

  return {
    purge: async (paths) => {
      if (paths.length > 0) await Promise.all(targets.map((target) => target.purge(paths)))
    },
    close: () => targets.forEach((target) => target.close()),
  }
}

let purger: ProxyPurger | undefined

/** Purges the pages at the proxies CACHE_PURGE_URLS lists (none: nothing to do). */
export async function purgeProxies(paths: readonly string[], logger: Logger): Promise<void> {
  if (!env.cachePurge) return
  purger ??= createProxyPurger({ ...env.cachePurge, logger })
  await purger.purge(paths)
}
