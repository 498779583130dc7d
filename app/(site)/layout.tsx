import '../globals.css'

import type { Metadata } from 'next'
import type React from 'react'

import { env } from '@/lib/env'

export const metadata: Metadata = {
  metadataBase: new URL(env.serverUrl),
  title: { default: 'Engineering toolkits and their alternatives', template: '%s · Engineering toolkits' },
  description: 'Career toolkits for engineering roles, and how each compares with the roles next to it.',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  )
}
