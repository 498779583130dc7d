import type { CollectionSlug, PayloadRequest } from 'payload'

import { publicPages } from '@/hooks/revalidation'
import { EVERY_COMPARISON, HOME_PATH, SITEMAP_PATH } from '@/lib/paths'

interface PublicPagesFieldProps {
  collectionSlug: CollectionSlug
  id?: number | string
  req: PayloadRequest
}

/**
 * The edit view's "Public pages" panel: where this document shows on the site now, and where it will
 * once its latest draft is published, by the rule a publish uses to refresh pages. Read when the
 * view opens: it follows saved drafts, not unsaved typing.
 */
export async function PublicPagesField({ collectionSlug, id, req }: PublicPagesFieldProps) {
  const pagesOf = publicPages[collectionSlug]
  if (!pagesOf) return null
  const pages = id === undefined ? undefined : await pagesOf(id, req)
  return (
    <section className="field-type public-pages" aria-labelledby="public-pages-heading">
      <h3 id="public-pages-heading" className="field-label">
        Public pages
      </h3>
      {!pages ? (
        <p className="field-description">Listed here once it is saved.</p>
      ) : (
        <>
          <PageList pages={pages.live} empty="Not on the public site now." />
          {pages.afterPublish && (
            <>
              <p className="field-description">After you publish the latest changes:</p>
              <PageList pages={pages.afterPublish} empty="On no public page." />
            </>
          )}
        </>
      )}
    </section>
  )
}

function PageList({ pages, empty }: { pages: string[]; empty: string }) {
  // The sitemap is not a page anyone reads; every comparison is a route, not one address.
  const addresses = pages.filter((path) => path !== SITEMAP_PATH && path !== EVERY_COMPARISON)
  if (addresses.length === 0) return <p>{empty}</p>
  return (
    <ul className="public-pages__list">
      {addresses.map((path) => (
        <li key={path}>
          <a href={path} target="_blank" rel="noreferrer">
            {path === HOME_PATH ? 'Home page' : path}
          </a>
        </li>
      ))}
      {pages.includes(EVERY_COMPARISON) && <li>Every comparison that includes it</li>}
    </ul>
  )
}
