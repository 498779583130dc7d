import './globals.css'

import type { Metadata } from 'next'

import { NotFoundMessage } from '@/components/site/NotFoundMessage'
import { PageContainer } from '@/components/site/PageContainer'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { SkipLink } from '@/components/site/SkipLink'

export const metadata: Metadata = {
  title: 'Page not found · Engineering Toolkits',
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
}

/** Unknown URLs outside any route (the app has two root layouts, so no shared not-found applies). */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <SiteHeader />
        <div className="flex-1">
          <PageContainer>
            <NotFoundMessage />
          </PageContainer>
        </div>
        <SiteFooter />
      </body>
    </html>
  )
}
