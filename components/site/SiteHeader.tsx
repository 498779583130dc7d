import Link from 'next/link'

import { HOME_PATH } from '@/lib/paths'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="page-width">
        <Link href={HOME_PATH}>
          Engineering Toolkits
        </Link>
        <nav aria-label="Main">
          <Link href={HOME_PATH}>All toolkits</Link>
        </nav>
      </div>
    </header>
  )
}
