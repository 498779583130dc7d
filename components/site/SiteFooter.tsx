import Link from 'next/link'

import { HOME_PATH } from '@/lib/paths'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="page-width">
        <p>Career toolkits for engineers, and how each compares with the roles next to it.</p>
        <Link href={HOME_PATH}>Browse all toolkits</Link>
      </div>
    </footer>
  )
}
