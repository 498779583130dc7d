'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Live preview: the admin panel shows this page in a frame and posts a message whenever the document
 * is saved (autosave included). The page then re-renders on the server with the new draft.
 */
export function RefreshOnSave({ adminOrigin }: { adminOrigin: string }) {
  const router = useRouter()
  useEffect(() => {
    function onMessage(event: MessageEvent) {
      const data: unknown = event.data
      if (event.origin !== adminOrigin || typeof data !== 'object' || data === null) return
      if ((data as { type?: unknown }).type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    // Tell the admin the frame is ready to be told about saves.
    ;(window.opener ?? window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, adminOrigin)
    return () => window.removeEventListener('message', onMessage)
  }, [adminOrigin, router])
  return null
}
