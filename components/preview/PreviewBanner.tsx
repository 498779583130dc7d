import { EXIT_PREVIEW_ROUTE } from '@/lib/preview'

/** Shown on every page while draft mode is on, so nobody mistakes a draft for the live site. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div role="status" className="bg-amber-300 text-amber-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm sm:px-6">
        <p>
          <strong>Preview:</strong> you are seeing unpublished drafts. Visitors see the published page.
        </p>
        <a href={`${EXIT_PREVIEW_ROUTE}?path=${encodeURIComponent(path)}`} className="rounded font-semibold underline underline-offset-4">
          Exit preview
        </a>
      </div>
    </div>
  )
}
