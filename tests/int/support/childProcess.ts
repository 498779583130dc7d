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

/** Kills the child and everything it started, the way `kill -9` does. */
export function killHard(child: Child): void {
  if (child.process.pid) process.kill(-child.process.pid, 'SIGKILL')
}
