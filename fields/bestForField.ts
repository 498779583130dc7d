import type { ArrayField } from 'payload'

import { limitedText } from './lengthLimitedText'

/** Short "Best for" bullets, in the order they are shown. */
export function bestForField(description: string): ArrayField {
  return {
    name: 'bestFor',
    label: 'Best for',
    type: 'array',
    maxRows: 8,
    labels: { singular: 'Best-for item', plural: 'Best-for items' },
    admin: {
      description,
      initCollapsed: false,
      components: { RowLabel: '@/components/admin/BestForRowLabel#BestForRowLabel' },
    },
    fields: [limitedText(200, { name: 'text', label: 'Who it suits', required: true })],
  }
}
