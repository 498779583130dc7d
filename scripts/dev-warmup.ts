/**
 * Requests the pages people open first, one at a time, once `next dev` answers on the port given:
 * each compiles now instead of on its first visit (the admin takes the longest). Prints how long each
 * took, then exits; gives up quietly if the server never answers.
 */
import { setTimeout as sleep } from 'node:timers/promises'

const port = process.argv[2] ?? '3000'
const serverOrigin = `http://localhost:${port}`
const FIRST_PAGES = ['/admin', '/', '/toolkits/backend-architect', '/toolkits/backend-architect/alternatives']
const GIVE_UP_AFTER_MS = 5 * 60_000

/** Whether the server answered `path` at all (any status: a redirect to sign in has compiled the admin). */
async function request(path: string): Promise<boolean> {
  try {
    const response = await fetch(`${serverOrigin}${path}`, { redirect: 'manual' })
    await response.arrayBuffer()
    return true
  } catch {
    return false
  }
}

const startedAt = Date.now()
while (!(await request('/robots.txt'))) {
  if (Date.now() - startedAt > GIVE_UP_AFTER_MS) process.exit(0)
  await sleep(500)
}
const timings: string[] = []
for (const path of FIRST_PAGES) {
  const pageStartedAt = performance.now()
  if (!(await request(path))) process.exit(0)
  timings.push(`${path} ${((performance.now() - pageStartedAt) / 1000).toFixed(1)} s`)
}
console.log(`\n✓ Warmed up (first compile of each page): ${timings.join(', ')}. The admin opens at once now: ${serverOrigin}/admin\n`)
