import type { CollectionConfig } from 'payload'

import { editorialContentAccess } from '../access/editorialContentAccess'
import { EDITORIAL_VERSIONS } from './shared/editorialVersions'
import { writeValidation } from './shared/writeValidation'
import { limitedText, limitedTextarea } from '../fields/lengthLimitedText'
import { revalidateQuestionPages } from '../hooks/revalidation'
import { publicPagesField } from '../fields/publicPagesField'
import { savedByField } from '../fields/savedByField'
import { timestampFields } from '../fields/timestampFields'
import { hiddenFromMarketing } from './shared/hiddenFromMarketing'

/**
 * "How to pick" questions. A question shows on an alternatives page when the page ranks the role it
 * recommends, in that role's rank order: reordering the ranking reorders the questions with it, so
 * nobody has to keep two orders in step. `shownOn` narrows a question worded for particular pages.
 */
export const DecisionQuestions: CollectionConfig<'decision-questions'> = {
  slug: 'decision-questions',
  labels: { singular: 'Decision question', plural: 'Decision questions' },
  admin: {
    hidden: hiddenFromMarketing,
    useAsTitle: 'question',
    defaultColumns: ['question', 'recommends', '_status', 'updatedAt'],
    listSearchableFields: ['question', 'guidance'],
    description:
      'The "How to pick" questions. Each points to one toolkit and appears on the alternatives pages that rank it, in rank order. Visitors tick the questions they answer "yes" to, and "Which toolkit fits me?" recommends the toolkits those questions point to.',
  },
  access: editorialContentAccess,
  versions: EDITORIAL_VERSIONS,
  hooks: {
    beforeChange: [...writeValidation, revalidateQuestionPages.beforeChange],
    afterChange: [revalidateQuestionPages.afterChange],
    beforeDelete: [revalidateQuestionPages.beforeDelete],
    afterDelete: [revalidateQuestionPages.afterDelete],
  },
  fields: [
    limitedText(200, {
      name: 'question',
      required: true,
      admin: { description: 'A yes/no question to the reader, e.g. "Do you enjoy working across the entire application stack?"' },
    }),
    limitedTextarea(1000, {
      name: 'guidance',
      required: true,
      admin: { description: 'What a "yes" means and which toolkit fits.' },
    }),
    {
      name: 'recommends',
      type: 'relationship',
      relationTo: 'roles',
      required: true,
      admin: {
        description:
          'The toolkit this question points to. The question links to it, and recommends it to visitors who tick it: toolkits that more of their ticked questions point to come first, ties in the page’s ranking order. An unpublished toolkit is never recommended.',
      },
    },
    {
      name: 'shownOn',
      label: 'Show only on',
      type: 'relationship',
      relationTo: 'roles',
      hasMany: true,
      admin: {
        description:
          'The alternatives pages (by their role) that show this question. Leave empty to show it on every page that ranks the recommended toolkit.',
      },
    },
    ...timestampFields,
    publicPagesField,
    savedByField,
  ],
}
