import type { Payload } from 'payload'
import { vi } from 'vitest'

/**
 * Runs `action` with Payload's error log taken instead of printed, and returns what it logged. A test
 * that makes a write fail on purpose expects the server to log that failure: it asserts the entry
 * rather than leaving a stack trace in the output that reads like a real failure.
 */
export async function captureErrorLog(payload: Payload, action: () => Promise<unknown>): Promise<string[]> {
  const logged: string[] = []
  const spy = vi.spyOn(payload.logger, 'error').mockImplementation((first: unknown, second?: unknown) => {
    logged.push([first, second].map(textOf).filter(Boolean).join(' '))
  })
  try {
    await action()
  } finally {
    spy.mockRestore()
  }
  return logged
}

function textOf(entry: unknown): string {
  if (typeof entry === 'string') return entry
  if (entry instanceof Error) return `${entry.message} ${entry.cause instanceof Error ? entry.cause.message : ''}`.trim()
  if (entry && typeof entry === 'object') {
    const { err, msg } = entry as { err?: unknown; msg?: unknown }
    return [textOf(msg), textOf(err)].filter(Boolean).join(' ')
  }
  return ''
}
