import Link from 'next/link'

import { HOME_PATH } from '@/lib/paths'

/** Shared by the site's not-found page and the global one for unknown URLs. */
export function NotFoundMessage() {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-4 text-muted">
        The toolkit may have been renamed or unpublished, or the address may be mistyped. Every published toolkit is
        listed on the home page.
      </p>
      <p className="mt-6">
        <Link href={HOME_PATH} className="button">
          See all toolkits
        </Link>
      </p>
    </div>
  )
}
