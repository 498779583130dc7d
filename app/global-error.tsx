'use client'

/** Last resort when a root layout fails: its own document, no dependencies, no stack trace. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '3rem auto', maxWidth: '40rem', padding: '0 1rem' }}>
        <h1>Something went wrong</h1>
        <p>The site could not be loaded. Please try again in a moment.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
        <p>
          {/* A full page load on purpose: the client router may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Go to the home page</a>
        </p>
      </body>
    </html>
  )
}
