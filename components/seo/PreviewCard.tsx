import { ImageResponse } from 'next/og'

import { PREVIEW_IMAGE_SIZE, type PreviewCardContent, shortened, SITE_NAME } from '@/lib/seo'

const colors = { background: '#0f172a', text: '#f8fafc', muted: '#cbd5e1', accent: '#38bdf8' } as const

/**
 * A link-preview image (Open Graph, 1200×630), drawn by next/og from a page's content (lib/seo.ts
 * says what it shows). next/og lays out a subset of CSS (flex boxes, inline styles) and draws text in
 * its bundled font (Geist Regular, read from the installed `next` package, no download), so long
 * texts are cut here rather than by CSS.
 */
export function PreviewCard({ kicker, title, subtitle, listLabel, items }: PreviewCardContent) {
  return (
    <div
      style={{
        ...PREVIEW_IMAGE_SIZE,
        display: 'flex',
        flexDirection: 'column',
        padding: '64px 72px',
        background: colors.background,
        color: colors.text,
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, color: colors.accent }}>{`${SITE_NAME} · ${kicker}`}</div>
      <div style={{ display: 'flex', marginTop: 28, fontSize: 68, lineHeight: 1.1 }}>{shortened(title, 70)}</div>
      {subtitle && <div style={{ display: 'flex', marginTop: 20, fontSize: 36, color: colors.muted }}>{shortened(subtitle, 90)}</div>}
      {items.length > 0 && (
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto', fontSize: 32 }}>
          {listLabel && <div style={{ display: 'flex', color: colors.muted }}>{listLabel}</div>}
          <div style={{ display: 'flex', marginTop: 8 }}>{shortened(items.join(' · '), 80)}</div>
        </div>
      )}
    </div>
  )
}

/** A preview image route's answer: the card as a PNG, or 404 for a page that does not exist. */
export function previewImageResponse(card: PreviewCardContent | null): Response {
  if (!card) return new Response('Not found', { status: 404 })
  return new ImageResponse(<PreviewCard {...card} />, PREVIEW_IMAGE_SIZE)
}
