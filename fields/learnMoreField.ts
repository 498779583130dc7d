import type { GroupField } from 'payload'

import { validateMaxLength } from '../lib/validators'

const LABEL_MAX_LENGTH = 80

/** A "learn more" link: a tool's official site, with the link's own words. */
export function learnMoreField(description: string): GroupField {
  return {
    name: 'learnMore',
    label: 'Learn more link',
    type: 'group',
    admin: { description },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'tool',
            type: 'relationship',
            relationTo: 'tools',
            admin: { width: '50%', description: 'The link goes to this tool’s official site.' },
          },
          {
            name: 'label',
            label: 'Link text',
            type: 'text',
            maxLength: LABEL_MAX_LENGTH,
            admin: { width: '50%', description: 'e.g. "Learn more about Docker".' },
            validate: (value: string | null | undefined, { siblingData }: { siblingData: { tool?: unknown } }) => {
              if (siblingData?.tool && !value) return 'Write the link text, e.g. "Learn more about Docker"'
              return validateMaxLength(value, LABEL_MAX_LENGTH)
            },
          },
        ],
      },
    ],
  }
}
