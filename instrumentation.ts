/**
 * Runs once when the Next.js server starts. Static pages never touch Payload, so without this a
 * freshly started server would not start Payload, and with it the jobs queue that runs scheduled
 * publishing, until someone opened the admin or the API.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayloadClient } = await import('./lib/payload')
  await getPayloadClient()
}
