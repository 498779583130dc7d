/**
 * The production topology on one machine, from a production build that already exists:
 * redis-server, two `next start` over one SQLite file sharing their cache in Redis, and Varnish
 * (deploy/varnish/default.vcl) in front of both, which every publish purges. Debian's packages:
 * `apt-get install -y redis-server varnish`.
 *
 *   npx tsx scripts/topology.ts      # starts it on the e2e build (.next-e2e) until Ctrl-C
 *   NEXT_DIST_DIR=.next-topology npx tsx scripts/topology.ts   # on another build (README: "Try it here")
 *
 * The topology tests (tests/topology/) and `npm run bench -- --topology` start it themselves. Each
 * start has a fresh database (data/topology.db, migrated and seeded by the first instance), and the
 * processes' output goes to data/topology-<name>.log. Ports 3220-3223.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { nextStartArgs } from './nextStart'

export const TOPOLOGY_PORTS = { proxy: 3220, instances: [3221, 3222], redis: 3223 } as const
export const TOPOLOGY_PAYLOAD_SECRET = 'topology-only-payload-secret'
const PURGE_SECRET = 'topology-only-purge-secret'
const DATABASE_FILE = 'data/topology.db'
const STOP_GRACE_MS = 5_000

const origin = (port: number) => `http://127.0.0.1:${port}`

/** A long-running child process that can be stopped and started again, with its output in a log file. */
export interface Service {
  readonly name: string
  readonly origin: string
  start(): Promise<void>
  stop(): Promise<void>
  /** Everything it has printed since the topology started. */
  log(): string
}

interface ServiceSpec {
  name: string
  port: number
  command: string
  args: string[]
  env?: Record<string, string>
  isReady(): Promise<boolean>
  readyWithinMs?: number
}

function logFileOf(name: string): string {
  return path.join('data', `topology-${name}.log`)
}

function createService({ name, port, command, args, env = {}, isReady, readyWithinMs = 90_000 }: ServiceSpec): Service {
  const logFile = logFileOf(name)
  writeFileSync(logFile, '')
  let child: ChildProcess | undefined
  const log = () => readFileSync(logFile, 'utf8')

  return {
    name,
    origin: origin(port),
    log,
    async start() {
      // Otherwise the readiness check below could take another server on the port for this one.
      if (!(await portIsFree(port))) throw new Error(`Port ${port} (${name}) is taken: stop what listens there.`)
      const output = openSync(logFile, 'a')
      // Its own process group, so that stopping it stops what it started (npx, workers).
      child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', output, output], detached: true })
      const until = Date.now() + readyWithinMs
      while (!(await isReady())) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited; see ${logFile}`)
        if (Date.now() > until) throw new Error(`${name} was not ready within ${readyWithinMs} ms; see ${logFile}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    },
    async stop() {
      const stopping = child
      child = undefined
      if (!stopping?.pid || stopping.exitCode !== null || stopping.signalCode !== null) return
      const exited = once(stopping, 'exit')
      process.kill(-stopping.pid, 'SIGTERM')
      const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS, false))])
      if (!stopped) {
        process.kill(-stopping.pid, 'SIGKILL')
        await exited
      }
    },
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

async function answers(url: string, expectedStatus = 200): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
    await response.arrayBuffer()
    return response.status === expectedStatus
  } catch {
    return false
  }
}

/** Redis answers PING. */
function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const done = (answered: boolean) => {
      socket.destroy()
      resolve(answered)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
    socket.write('PING\r\n')
  })
}

export interface Topology {
  proxy: Service
  redis: Service
  instances: [Service, Service]
  stop(): Promise<void>
}

/** The instances' environment: the production build, one database file, the cache in Redis, the proxy to purge. */
export function instanceEnv(distDir: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    DATABASE_URI: `file:./${DATABASE_FILE}`,
    PAYLOAD_SECRET: TOPOLOGY_PAYLOAD_SECRET,
    SEED_ON_EMPTY_DATABASE: 'true',
    REDIS_URL: `redis://127.0.0.1:${TOPOLOGY_PORTS.redis}`,
    CACHE_PURGE_URLS: origin(TOPOLOGY_PORTS.proxy),
    CACHE_PURGE_SECRET: PURGE_SECRET,
  }
}

/** The proxy's origins: both instances, round robin, each with default.vcl's health probe. */
function backendsVcl(ports: readonly number[]): string {
  const backends = ports.map((port, index) => `backend instance${index} {\n  .host = "127.0.0.1";\n  .port = "${port}";\n  .probe = site_health;\n}\n`)
  const added = ports.map((_, index) => `  origin.add_backend(instance${index});\n`)
  return `${backends.join('\n')}\nsub vcl_init {\n${added.join('')}}\n`
}

export function nextInstance(name: string, port: number, env: Record<string, string>): Service {
  return createService({
    name,
    port,
    command: 'node_modules/.bin/next',
    args: nextStartArgs(port),
    env,
    isReady: () => answers(`${origin(port)}/api/roles?limit=1`),
  })
}

/** Varnish with deploy/varnish/default.vcl in front of the servers on `originPorts`, and the topology's purge secret. */
export function varnishProxy(name: string, port: number, originPorts: readonly number[]): Service {
  const varnishDir = mkdtempSync(path.join(tmpdir(), `topology-${name}-`))
  writeFileSync(path.join(varnishDir, 'backends.vcl'), backendsVcl(originPorts))
  return createService({
    name,
    port,
    command: 'varnishd',
    // -F: in the foreground, stopped with this process group. -j none: no privilege separation, so it
    // runs as any user (as root, Varnish would otherwise switch to its own users).
    args: [
      '-F',
      '-j', 'none',
      '-a', `127.0.0.1:${port}`,
      '-n', path.join(varnishDir, 'work'),
      '-f', path.resolve('deploy/varnish/default.vcl'),
      '-p', `vcl_path=${varnishDir}:${path.resolve('deploy/varnish')}`,
      '-s', 'malloc,256m',
    ],
    // Debian installs varnishd in /usr/sbin, which a user's PATH may lack.
    env: { CACHE_PURGE_SECRET: PURGE_SECRET, PATH: `${process.env.PATH}:/usr/sbin` },
    isReady: () => answers(`${origin(port)}/robots.txt`),
  })
}

/**
 * Starts the topology on the build in `distDir` (default: NEXT_DIST_DIR, else the e2e build). The first
 * instance starts alone: it migrates and seeds the fresh database the second one then shares.
 */
export async function startTopology({ distDir = process.env.NEXT_DIST_DIR || '.next-e2e' }: { distDir?: string } = {}): Promise<Topology> {
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}: run npm run test:e2e (or npm run build with NEXT_DIST_DIR=${distDir}) first.`)
  }
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${DATABASE_FILE}${suffix}`, { force: true })))

  const redis = createService({
    name: 'redis',
    port: TOPOLOGY_PORTS.redis,
    command: 'redis-server',
    // No persistence: a restart is an empty cache, the hardest case. Key-space events: see .env.example.
    args: ['--port', String(TOPOLOGY_PORTS.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--notify-keyspace-events', 'Exe'],
    isReady: () => redisAnswers(TOPOLOGY_PORTS.redis),
  })
  const env = instanceEnv(distDir)
  const instances: [Service, Service] = [
    nextInstance('instance-a', TOPOLOGY_PORTS.instances[0], env),
    nextInstance('instance-b', TOPOLOGY_PORTS.instances[1], env),
  ]
  const proxy = varnishProxy('proxy', TOPOLOGY_PORTS.proxy, TOPOLOGY_PORTS.instances)

  const started: Service[] = []
  const stop = async () => {
    await Promise.all(started.map((service) => service.stop()))
  }
  try {
    for (const service of [redis, ...instances, proxy]) {
      started.push(service)
      await service.start()
    }
  } catch (error) {
    await stop()
    throw error
  }
  return { proxy, redis, instances, stop }
}

async function main(): Promise<void> {
  const topology = await startTopology()
  console.log(`Proxy ${topology.proxy.origin} in front of ${topology.instances.map((instance) => instance.origin).join(' and ')}`)
  console.log(`Redis ${topology.redis.origin.replace('http', 'redis')}; logs in data/topology-*.log; Ctrl-C stops it all.`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void topology.stop().then(() => process.exit(0)))
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
