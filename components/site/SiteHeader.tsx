import Link from 'next/link'

import { HOME_PATH } from '@/lib/paths'

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href={HOME_PATH} className="rounded text-lg font-semibold tracking-tight hover:text-sky-700 dark:hover:text-sky-300">
          Engineering Toolkits
        </Link>
        <nav aria-label="Main">
          <Link href={HOME_PATH} className="rounded text-sm font-medium text-slate-600 hover:text-sky-700 dark:text-slate-300 dark:hover:text-sky-300">
            All toolkits
          </Link>
        </nav>
      </div>
    </header>
  )
}
