/**
 * The production server the benchmarks measure: built into .next-bench on a throw-away database
 * (BENCH_SKIP_BUILD=1 reuses the last build and database), started with `next start` on localhost.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync } from 'node:fs'
import { rm } from 'node:fs/promises'

import { deriveSetupCode } from '../security/setupCode'
import { nextStartArgs } from './nextStart'

export const PORT = Number(process.env.BENCH_PORT ?? 3200)
export const ORIGIN = `http://localhost:${PORT}`
const BENCH_PAYLOAD_SECRET = 'bench-only-payload-secret'
export const BENCH_DATABASE_URI = 'file:./data/bench.db'

export const BENCH_DIST_DIR = '.next-bench'

const benchEnv = {
  ...process.env,
  DATABASE_URI: BENCH_DATABASE_URI,
  NEXT_DIST_DIR: BENCH_DIST_DIR,
  NEXT_PUBLIC_SERVER_URL: ORIGIN,
  PAYLOAD_SECRET: BENCH_PAYLOAD_SECRET,
  SEED_ON_EMPTY_DATABASE: 'true',
  NODE_ENV: 'production' as const,
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: benchEnv, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

async function waitForServer(deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    try {
      if ((await fetch(`${ORIGIN}/api/roles?limit=1`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server did not answer on ${ORIGIN} within ${deadlineMs} ms`)
}

/** Builds into BENCH_DIST_DIR on a fresh throw-away database, unless BENCH_SKIP_BUILD is set. */
export async function buildUnlessSkipped(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD) return
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`data/bench.db${suffix}`, { force: true })))
  await run('npm', ['run', 'build'])
}

/** Builds (unless BENCH_SKIP_BUILD is set), starts the server, runs `measure`, and stops the server. */
export async function withBenchServer(measure: () => Promise<void>): Promise<void> {
  await buildUnlessSkipped()
  // The server's own output, for a look after a surprising figure.
  const log = openSync('data/bench-server.log', 'w')
  const server: ChildProcess = spawn('npx', ['next', ...nextStartArgs(PORT)], { env: benchEnv, stdio: ['ignore', log, log], detached: true })
  try {
    await waitForServer(60_000)
    await measure()
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  }
}

/**
 * Creates the bench admin on a fresh database, or signs it in when a previous run created it; on
 * the bench server, or on another server started with its own PAYLOAD_SECRET (scripts/topology.ts).
 */
export async function adminToken(origin = ORIGIN, payloadSecret = BENCH_PAYLOAD_SECRET): Promise<string> {
  const credentials = { email: 'bench-admin@example.test', password: 'bench-password-1' }
  const attempts = [
    ['first-register', { ...credentials, setupCode: deriveSetupCode(payloadSecret) }],
    ['login', credentials],
  ] as const
  for (const [endpoint, body] of attempts) {
    const response = await fetch(`${origin}/api/users/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify(body),
    })
    const reply = (await response.json()) as { token?: string }
    if (reply.token) return reply.token
  }
  throw new Error('Could not create or sign in the bench admin')
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))]
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map((row) => line(row.map(String)))].join('\n')
}

export const ms = (value: number) => `${value.toFixed(1)} ms`
