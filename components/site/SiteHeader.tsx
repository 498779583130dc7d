import Link from 'next/link'

import { HOME_PATH } from '@/lib/paths'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="page-width flex items-center justify-between gap-4 py-4">
        <Link href={HOME_PATH} className="text-lg font-semibold tracking-tight">
          Engineering Toolkits
        </Link>
        <nav aria-label="Main">
          <Link href={HOME_PATH}>All toolkits</Link>
        </nav>
      </div>
    </header>
  )
}
