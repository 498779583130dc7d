/**
 * Runs once when the Next.js server starts. Static pages never touch Payload, so without this a
 * freshly started server would not start Payload until someone opened the admin or the API, and
 * scheduled publishing would wait with it: only an instance created with `cron: true` runs the jobs
 * queue (payload.config.ts `jobs.autoRun`). Starting it here, outside any request, also means a job's
 * writes never borrow a finished request's context to refresh the public pages.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./payload.config')])
  await getPayload({ config, cron: true })
}
