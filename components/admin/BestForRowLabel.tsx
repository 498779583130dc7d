'use client'

import { useRowLabel } from '@payloadcms/ui'

/** Labels each "Best for" row with its own words (cut short), rather than "Best-for item 01". */
export function BestForRowLabel() {
  const { data, rowNumber = 0 } = useRowLabel<{ text?: string | null }>()
  const text = data?.text?.trim()
  return <span>{text ? (text.length > 70 ? `${text.slice(0, 69)}…` : text) : `Bullet ${rowNumber + 1} (empty)`}</span>
}
