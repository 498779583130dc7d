/**
 * Public pages are static and refreshed on demand by Payload hooks the moment content changes. This
 * time-based refresh is only the safety net for writes made outside the running server (a seed or
 * script run from the shell). Route segments need the literal value: they point here.
 */
export const REVALIDATE_SECONDS = 3600
