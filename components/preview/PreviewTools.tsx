import { env } from '@/lib/env'

import { PreviewBanner } from './PreviewBanner'
import { RefreshOnSave } from './RefreshOnSave.client'

/** What a page adds in draft mode: the banner, and live refresh for the admin's live preview. */
export function PreviewTools({ path }: { path: string }) {
  return (
    <>
      <PreviewBanner path={path} />
      <RefreshOnSave adminOrigin={env.serverUrl} />
    </>
  )
}
