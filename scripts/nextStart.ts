/**
 * `next start` as `npm start` runs it (package.json), for the scripts and tests that start it
 * themselves. Node closes a keep-alive connection after 5 s without a request by default, and a
 * client that sends on that connection just as it closes gets a reset ("socket hang up"): Varnish,
 * which keeps its connections to the servers for 60 s (`backend_idle_timeout`), and Playwright's
 * request context alike. The servers keep idle connections longer than that, so the client is always
 * the one to close them.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000

export function nextStartArgs(port: number): string[] {
  return ['start', '-p', String(port), '--keepAliveTimeout', String(KEEP_ALIVE_TIMEOUT_MS)]
}
