import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { killHard, startChild, type Child } from '../../int/support/childProcess'

/** Ports for the tests' own servers (3000 and 3100 are the e2e and bench servers'). */
const FIRST_PORT = 3250
const LAST_PORT = 3299

/** A throw-away redis-server (Debian's package) that a test starts, kills and starts again. */
export interface RedisServer {
  port: number
  /** The URL a client connects with, as the default user or as one given to startRedisServer. */
  url(user?: string): string
  /** Kills it the way a crash does. */
  kill(): Promise<void>
  /** Starts it again on the same port, from its last snapshot (`SAVE`) if any. */
  restart(): Promise<void>
}

/** Starts redis-server with no persistence of its own and key-space events on; `users` are extra ACL users (password = name). */
export async function startRedisServer({ users = [] }: { users?: string[] } = {}): Promise<RedisServer> {
  try {
    execFileSync('redis-server', ['--version'])
  } catch {
    throw new Error('These tests need redis-server: apt-get install -y redis-server')
  }
  const port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'redis-test-'))
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no']
  args.push('--notify-keyspace-events', 'Exe')
  for (const user of users) args.push('--user', user, 'on', `>${user}`, '~*', '&*', '+@all')

  let child: Child
  const start = async () => {
    child = startChild('redis-server', args)
    await child.waitForLine((line) => line.includes('Ready to accept connections'), 10_000)
  }
  await start()
  return {
    port,
    url: (user) => (user ? `redis://${user}:${user}@127.0.0.1:${port}` : `redis://127.0.0.1:${port}`),
    async kill() {
      const exited = new Promise((resolve) => child.process.once('exit', resolve))
      killHard(child)
      await exited
    },
    restart: start,
  }
}

async function freePort(): Promise<number> {
  for (let port = FIRST_PORT; port <= LAST_PORT; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`No free port in ${FIRST_PORT}-${LAST_PORT}`)
}
