import '../globals.css'

import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { SkipLink } from '@/components/site/SkipLink'
import { env } from '@/lib/env'
import { SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from '@/lib/seo'

export const metadata: Metadata = {
  metadataBase: new URL(env.serverUrl),
  title: { default: SITE_TITLE, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  // Browsers ask for /favicon.ico and /apple-touch-icon.png (public/) by themselves: only the SVG needs a link.
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <SiteHeader />
        <div className="flex-1">{children}</div>
        <SiteFooter />
      </body>
    </html>
  )
}
