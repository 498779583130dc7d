import type React from 'react'

export function PageContainer({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="page-width py-10 sm:py-14">
      {children}
    </main>
  )
}
