import { setTimeout as sleep } from 'node:timers/promises'

import { createClient, type Client, type Config, type TransactionMode } from '@libsql/client'

/**
 * SQLite lets one writer at a time hold the database. Its own wait (`busy_timeout`) blocks the whole
 * Node.js process, since the driver is synchronous: one write waiting on a lock held by another
 * process (a second server, a seed script) froze every request, cached pages included, for up to ten
 * seconds. Here the driver never waits: a statement or transaction that finds the database locked
 * fails at once with SQLITE_BUSY, having done nothing, and is tried again after an asynchronous pause,
 * so the event loop keeps serving other requests meanwhile.
 *
 * A connection on which a statement failed with SQLITE_BUSY is never used again: libsql leaves that
 * statement open, and SQLite then refuses to COMMIT any later transaction on the connection ("SQL
 * statements in progress"), a failure Payload's commit would swallow, losing the write in silence.
 */
const SQLITE_LOCK_WAIT_MS = 10_000
const FIRST_PAUSE_MS = 2
const LONGEST_PAUSE_MS = 50

function isDatabaseLocked(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, message } = error as { code?: unknown; message?: unknown }
  return code === 'SQLITE_BUSY' || (typeof message === 'string' && message.includes('SQLITE_BUSY'))
}

/**
 * Runs `attempt` until it does not fail on a locked database, pausing without blocking in between and
 * calling `afterLocked` after each such failure.
 */
async function retryWhileLocked<T>(attempt: () => Promise<T>, afterLocked: () => void, waitMs = SQLITE_LOCK_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return await attempt()
    } catch (error) {
      if (!isDatabaseLocked(error)) throw error
      afterLocked()
      if (Date.now() + pause > deadline) throw error
      await sleep(pause)
    }
  }
}

/**
 * A libsql client that waits for the write lock without blocking. Statements run on a shared
 * connection that is replaced after a lock failure; each transaction gets a connection of its own
 * (as libsql does anyway), begun IMMEDIATE so that it holds the write lock from its first statement.
 */
export function createLockTolerantClient(config: Config): Client {
  let shared = createClient(config)
  const replaceShared = () => {
    shared.close()
    shared = createClient(config)
  }
  const onShared =
    <A extends unknown[], R>(call: (client: Client, ...args: A) => Promise<R>) =>
    (...args: A) =>
      retryWhileLocked(() => call(shared, ...args), replaceShared)

  const client: Pick<Client, 'execute' | 'batch' | 'migrate' | 'executeMultiple' | 'transaction' | 'close'> = {
    execute: onShared((target, statement: Parameters<Client['execute']>[0]) => target.execute(statement)),
    batch: onShared((target, statements: Parameters<Client['batch']>[0], mode?: Parameters<Client['batch']>[1]) => target.batch(statements, mode)),
    migrate: onShared((target, statements: Parameters<Client['migrate']>[0]) => target.migrate(statements)),
    executeMultiple: onShared((target, sql: string) => target.executeMultiple(sql)),
    transaction: (mode: TransactionMode = 'write') => {
      let connection: Client | undefined
      return retryWhileLocked(
        () => {
          connection = createClient(config)
          return connection.transaction(mode)
        },
        () => connection?.close(),
      )
    },
    close: () => shared.close(),
  }
  return new Proxy(client as Client, {
    get: (target, property, receiver) =>
      property in target ? Reflect.get(target, property, receiver) : Reflect.get(shared, property, shared),
  })
}
