import type { UIField } from 'payload'

/** The sidebar panel listing the public pages a document shows on (components/admin/PublicPagesField.tsx). */
export const publicPagesField: UIField = {
  name: 'publicPages',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '@/components/admin/PublicPagesField#PublicPagesField' },
  },
}
