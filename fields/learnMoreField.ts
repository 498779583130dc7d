import type { GroupField } from 'payload'

import { isDraftSave, validateMaxLength } from './validators'

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
            validate: (value: unknown, options: { siblingData: { tool?: unknown } }) => {
              // A draft may have the tool chosen and the words still to come.
              if (options.siblingData?.tool && !value && !isDraftSave(options)) return 'Write the link text, e.g. "Learn more about Docker"'
              return validateMaxLength(value, LABEL_MAX_LENGTH)
            },
          },
        ],
      },
    ],
  }
}
