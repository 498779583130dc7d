import { EXIT_PREVIEW_ROUTE } from '@/lib/preview'

/** Shown on every page while draft mode is on, so nobody mistakes a draft for the live site. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div role="status" className="bg-amber-300 text-amber-950">
      <div className="page-width flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
        <p>
          <strong>Preview:</strong> you are seeing unpublished drafts. Visitors see the published page.
        </p>
        <a href={`${EXIT_PREVIEW_ROUTE}?path=${encodeURIComponent(path)}`} className="font-semibold text-inherit decoration-current">
          Exit preview
        </a>
      </div>
    </div>
  )
}
