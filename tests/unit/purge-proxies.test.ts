import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { createProxyPurger, PURGE_SCOPE_HEADER, PURGE_SECRET_HEADER, type ProxyPurger } from '@/hooks/revalidation/purgeProxies'

/**
 * The purge sender against real HTTP listeners standing for caching proxies: what each one receives,
 * and what a save waits for when one is down or hangs. deploy/varnish/tests/ checks the proxy's side.
 */
const SECRET = 'test-purge-secret'

interface FakeProxy {
  origin: string
  received: string[]
  /** Stops answering (connections refused) until `start` again on the same port. */
  stop(): Promise<void>
  start(): Promise<void>
}

const servers: Server[] = []
const purgers: ProxyPurger[] = []

afterEach(async () => {
  purgers.splice(0).forEach((purger) => purger.close())
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

function listen(server: Server, port = 0): Promise<number> {
  servers.push(server)
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

/** Records "METHOD path [scope]" of every request that carries the secret; answers 403 to any other. */
async function startProxy(): Promise<FakeProxy> {
  const received: string[] = []
  let server: Server | undefined
  const serve = () =>
    createServer((request, response) => {
      const allowed = request.headers[PURGE_SECRET_HEADER] === SECRET
      const scope = request.headers[PURGE_SCOPE_HEADER]
      if (allowed) received.push(`${request.method} ${request.url}${scope ? ` ${scope}` : ''}`)
      response.writeHead(allowed ? 200 : 403).end()
    })
  server = serve()
  const port = await listen(server)
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    stop: () => new Promise((resolve) => server!.close(() => resolve())),
    start: async () => {
      server = serve()
      await listen(server, port)
    },
  }
}

function recordingLogger() {
  const lines: string[] = []
  return { lines, info: (line: string) => lines.push(`info: ${line}`), warn: (line: string) => lines.push(`warn: ${line}`) }
}

function purgerFor(proxies: string[], logger = recordingLogger(), options: { requestTimeoutMs?: number; retryIntervalMs?: number } = {}) {
  const purger = createProxyPurger({ proxies, secret: SECRET, logger, ...options })
  purgers.push(purger)
  return purger
}

describe('purging the caching proxies', () => {
  it('purges every path at every proxy, with the secret, and a whole route by its prefix', async () => {
    const [first, second] = await Promise.all([startProxy(), startProxy()])
    const logger = recordingLogger()

    await purgerFor([first.origin, second.origin], logger).purge(['/', '/toolkits/devops-engineer', '/compare/[set]'])

    for (const proxy of [first, second]) {
      expect(proxy.received.sort()).toEqual(['PURGE /', 'PURGE /compare/ prefix', 'PURGE /toolkits/devops-engineer'])
    }
    expect(logger.lines).toEqual([])
  })

  it('does not hold a save up when a proxy is down or hangs, and still purges the others', async () => {
    const live = await startProxy()
    const down = await startProxy()
    await down.stop()
    // Accepts connections and never answers.
    const hangingPort = await listen(createServer(() => {}))
    const logger = recordingLogger()

    const startedAt = performance.now()
    await purgerFor([down.origin, `http://127.0.0.1:${hangingPort}`, live.origin], logger, { requestTimeoutMs: 300 }).purge(['/toolkits/a'])

    expect(performance.now() - startedAt).toBeLessThan(2_000)
    expect(live.received).toEqual(['PURGE /toolkits/a'])
    expect(logger.lines).toHaveLength(2)
    expect(logger.lines.every((line) => line.startsWith('warn: Could not purge 1 page(s) at the caching proxy'))).toBe(true)
  })

  it('logs an outage once, and purges what the proxy missed when it answers again', async () => {
    const proxy = await startProxy()
    await proxy.stop()
    const logger = recordingLogger()
    const purger = purgerFor([proxy.origin], logger, { retryIntervalMs: 100 })

    await purger.purge(['/toolkits/a'])
    await purger.purge(['/toolkits/b'])
    expect(logger.lines).toEqual([expect.stringMatching(/^warn: Could not purge 1 page\(s\) at the caching proxy http:\/\/127\.0\.0\.1:\d+ \(PURGE \/toolkits\/a: .*ECONNREFUSED/)])

    await proxy.start()
    await expect.poll(() => proxy.received.sort(), { timeout: 2_000 }).toEqual(['PURGE /toolkits/a', 'PURGE /toolkits/b'])
    // Logged once the proxy's answers are in, just after it received the purges.
    await expect.poll(() => logger.lines.length).toBe(2)
    expect(logger.lines[1]).toMatch(/^info: The caching proxy .* answers again/)
  })

  it('counts a refused purge (a wrong secret) as a failure to report', async () => {
    const proxy = await startProxy()
    const logger = recordingLogger()
    const purger = createProxyPurger({ proxies: [proxy.origin], secret: 'not-the-secret', logger })
    purgers.push(purger)

    await purger.purge(['/toolkits/a'])

    expect(proxy.received).toEqual([])
    expect(logger.lines).toEqual([expect.stringContaining('(PURGE /toolkits/a answered 403)')])
  })
})
