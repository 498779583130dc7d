/**
 * The not-found boundary above both root layouts, for a notFound() thrown by a root layout itself:
 * pages have (site)/not-found.tsx and unknown URLs global-not-found.tsx. Without this file Next puts
 * its built-in 404 (inline styles and all, about 1.2 KB) into every page's server-components payload.
 */
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <p>This page does not exist.</p>
      </body>
    </html>
  )
}
