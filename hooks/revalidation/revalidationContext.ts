/**
 * Payload hooks refresh the public pages after every write. Writes made outside a Next.js request
 * (the seed script, tests, migrations) pass this context: there is no running site cache to refresh
 * from there, and Next's revalidation functions throw outside a request.
 */
export function revalidationOff(): { skipRevalidation: true } {
  // A fresh object each time: Payload keeps per-request state on the context object it is given.
  return { skipRevalidation: true }
}

export function isRevalidationOff(context: Record<string, unknown> | undefined): boolean {
  return context?.skipRevalidation === true
}
