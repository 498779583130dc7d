'use client'

import { PageContainer } from '@/components/site/PageContainer'

/** Visitors see an apology and a retry, never a stack trace; the error is logged on the server. */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageContainer>
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-muted">This page could not be loaded. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="button mt-6">
        Try again
      </button>
    </PageContainer>
  )
}
