import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

/** A child process started in the repository, with a way to wait for a line it prints. */
export interface Child {
  process: ChildProcessWithoutNullStreams
  waitForLine(matches: (line: string) => boolean, timeoutMs?: number): Promise<string>
}

export function startChild(command: string, args: string[], env: Record<string, string | undefined> = {}): Child {
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true })
  const lines: string[] = []
  const listeners = new Set<() => void>()
  let buffered = ''
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const complete = buffered.split('\n')
    buffered = complete.pop() ?? ''
    lines.push(...complete)
    for (const listener of listeners) listener()
  })
  child.stderr.resume()
  return {
    process: child,
    waitForLine: (matches, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = lines.find(matches)
          if (line === undefined) return
          cleanup()
          resolve(line)
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(`No matching line from ${command} within ${timeoutMs} ms; last lines: ${lines.slice(-5).join(' | ')}`))
        }, timeoutMs)
        const onExit = () => {
          cleanup()
          reject(new Error(`${command} exited before printing the expected line; last lines: ${lines.slice(-5).join(' | ')}`))
        }
        const cleanup = () => {
          clearTimeout(timer)
          listeners.delete(check)
          child.off('exit', onExit)
        }
        listeners.add(check)
        child.on('exit', onExit)
        check()
      }),
  }
}

/**
 * Kills the child and everything it started, the way `kill -9` does. A child already gone is left so,
 * rather than throwing over the error that says why it went.
 */
export function killHard(child: Child): void {
  if (!child.process.pid) return
  try {
    process.kill(-child.process.pid, 'SIGKILL')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/**
 * The environment for a child that loads Payload with Node's own module loader. Lexical's entry for
 * Node picks its development or production build with a top-level await, and Node 20 at times leaves
 * that graph unsettled: the process exits with code 13 before its first line (about every other start
 * here). The `development` export condition loads that build directly, with no top-level await.
 */
export const PAYLOAD_CHILD_ENV = { NODE_OPTIONS: '--conditions=development' }
