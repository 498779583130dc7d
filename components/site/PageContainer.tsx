import type React from 'react'

export function PageContainer({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      {children}
    </main>
  )
}
