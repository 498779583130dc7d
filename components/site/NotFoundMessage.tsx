import Link from 'next/link'

import { HOME_PATH } from '@/lib/paths'

/**
 * Shared by the site's not-found page and the global one for unknown URLs. Styled by `not-found` in
 * app/globals.css: the site's layout sends this markup with every page, as its not-found boundary.
 */
export function NotFoundMessage() {
  return (
    <div className="not-found">
      <p>404</p>
      <h1>This page does not exist</h1>
      <p>
        The toolkit may have been renamed or unpublished, or the address may be mistyped. Every published toolkit is
        listed on the home page.
      </p>
      <p>
        <Link href={HOME_PATH} className="button">
          See all toolkits
        </Link>
      </p>
    </div>
  )
}
