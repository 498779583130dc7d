import { RichText } from '@payloadcms/richtext-lexical/react'

import type { RichTextContent as RichTextData } from '@/lib/views'

/** Editor-written rich text, rendered on the server with the site's typography. */
export function RichTextContent({ data, className = '' }: { data: RichTextData; className?: string }) {
  return <RichText data={data} className={`space-y-4 text-lg leading-relaxed text-muted ${className}`} />
}
