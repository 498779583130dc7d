import { previewImageResponse } from '@/components/seo/PreviewCard'
import { getToolkitPage } from '@/lib/roles'
import { toolkitPreviewCard } from '@/lib/seo'

// The toolkit page's link-preview image (lib/paths.ts previewImagePath), cached like the page and
// refreshed with it: hooks/revalidation refreshes a role page's image whenever it refreshes the page.
// An hour, in seconds: the same safety net as the page's.
export const revalidate = 3600

// An image for exactly the pages prerendered at build time; later ones are drawn on their first request.
export { generateStaticParams } from '../page'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const page = await getToolkitPage((await params).slug)
  return previewImageResponse(page && toolkitPreviewCard(page))
}
