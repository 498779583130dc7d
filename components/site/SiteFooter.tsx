import Link from 'next/link'

import { HOME_PATH } from '@/lib/paths'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-slate-600 sm:px-6 dark:text-slate-400">
        <p>Career toolkits for engineers, and how each compares with the roles next to it.</p>
        <Link href={HOME_PATH} className="rounded underline-offset-4 hover:underline">
          Browse all toolkits
        </Link>
      </div>
    </footer>
  )
}
