import type { CollectionConfig, Field } from 'payload'

import type { Role } from '@/payload-types'

import { bestForField } from '../../fields/bestForField'
import { EDITORIAL_VERSIONS } from '../shared/editorialVersions'
import { writeValidation } from '../shared/writeValidation'
import { publicPagesField } from '../../fields/publicPagesField'
import { savedByField } from '../../fields/savedByField'
import { timestampFields } from '../../fields/timestampFields'
import { learnMoreField } from '../../fields/learnMoreField'
import { limitedRichText, limitedText, limitedTextarea } from '../../fields/lengthLimitedText'
import { ROLE_SLUG, slugField } from '../../fields/slugField'
import { revalidateRolePages } from '../../hooks/revalidation'
import { previewUrl, RANKED_LIST_ANCHOR, rolePreviewPath } from '../../lib/preview'
import { DESCRIPTION_MAX_CHARACTERS, SITE_NAME, TITLE_MAX_CHARACTERS } from '../../lib/seo'
import { validateAlternativeRole } from '../../fields/validators'
import { editorsOnly, mayOnlyReorderRanking, RANKING_FIELD, roleAccess } from './access'
import { fillRoleDefaults } from './hooks/fillRoleDefaults'
import { keepMarketingToRanking } from './hooks/keepMarketingToRanking'
import { recordSlugRedirects } from './hooks/recordSlugRedirects'
import { documentTabsForEditors, onlyTheRankingForMarketing } from './rankingScreen'

const toolkitPageFields: Field[] = [
  limitedText(80, {
    name: 'name',
    required: true,
    admin: { description: 'The role, e.g. "DevOps Engineer".' },
  }),
  limitedText(100, {
    name: 'toolkitName',
    label: 'Toolkit name',
    admin: { description: 'Leave empty for "<name> Toolkit".' },
  }),
  limitedText(120, {
    name: 'tagline',
    admin: { description: 'One line after the role’s name in the ranking, e.g. "Bridging development and operations".' },
  }),
  limitedTextarea(600, {
    name: 'summary',
    admin: { description: 'A sentence or two at the top of the toolkit page.' },
  }),
  {
    type: 'row',
    fields: [
      limitedText(120, {
        name: 'primaryFocus',
        label: 'Primary Focus',
        required: true,
        admin: { width: '50%', description: 'Its cell in the comparison table.' },
      }),
      limitedText(120, {
        name: 'keyResponsibility',
        label: 'Key Responsibility',
        required: true,
        admin: { width: '50%', description: 'Its cell in the comparison table.' },
      }),
    ],
  },
  {
    name: 'commonTools',
    label: 'Common Tools',
    type: 'relationship',
    relationTo: 'tools',
    hasMany: true,
    maxRows: 8,
    admin: { isSortable: true, description: 'Drag to change the order the table lists them in.' },
  },
  bestForField('Who this toolkit suits. Shown on the toolkit page and under the role wherever it is ranked.'),
  learnMoreField('Shown under the role wherever it is ranked as an alternative.'),
]

const alternativesPageFields: Field[] = [
  limitedText(140, {
    name: 'alternativesHeading',
    label: 'Heading',
    admin: { description: 'Leave empty for "Why look beyond <toolkit name>".' },
  }),
  limitedRichText(3000, {
    name: 'alternativesIntro',
    label: 'Introduction',
    admin: { description: 'The paragraphs above the ranking, up to 3,000 characters.' },
  }),
]

const rankingField: Field = {
  name: RANKING_FIELD,
  label: 'Ranked alternatives',
  type: 'array',
  maxRows: 12,
  labels: { singular: 'Alternative', plural: 'Alternatives' },
  admin: {
    description:
      'The ranking, best first. Drag a row to move it; the public page follows as soon as the change is published. A role without alternatives has no alternatives page.',
    initCollapsed: true,
    components: {
      // Marketing sees only the drag handles (./access.ts).
      Field: '@/components/admin/RankingField#RankingField',
      RowLabel: '@/components/admin/AlternativeRowLabel#AlternativeRowLabel',
    },
  },
  fields: [
    {
      name: 'role',
      type: 'relationship',
      relationTo: 'roles',
      required: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value: unknown, { data, id, required }: { data: { alternatives?: { role?: unknown }[] | null }; id?: string | number; required?: boolean }) =>
        validateAlternativeRole(value, data?.alternatives, id, { required }),
    },
    limitedTextarea(1500, {
      name: 'pitch',
      required: true,
      admin: { description: 'How this role differs from the page’s own role.' },
    }),
    limitedText(80, {
      name: 'adjacency',
      label: 'Adjacent to this role?',
      required: true,
      admin: { description: 'Its cell in the table’s last column, e.g. "Highly complementary".' },
    }),
    bestForField('Leave empty to use the role’s own "Best for" items.'),
    learnMoreField('Leave empty to use the role’s own learn-more link.'),
  ],
}

const pickingFields: Field[] = [
  limitedText(80, {
    name: 'tableSelfLabel',
    label: 'Own row label',
    defaultValue: 'Core role',
    admin: { description: 'This role’s cell in the table’s last column.' },
  }),
  limitedTextarea(1000, {
    name: 'howToPickIntro',
    label: '"How to pick" introduction',
    admin: { description: 'Shown above the decision questions. The questions themselves live in Decision questions.' },
  }),
]

/**
 * A page's title and description in search results and link previews (lib/seo.ts). Each role has
 * two pages, so each gets its own pair: one title for both would show twice in search results.
 */
function searchResultFields(name: string, label: string, defaults: { title: string; description: string }): Field {
  return {
    name,
    label,
    type: 'group',
    fields: [
      limitedText(TITLE_MAX_CHARACTERS, {
        name: 'title',
        label: 'Title in search results',
        admin: {
          description: `The page’s title in search results, browser tabs and shared-link previews; " · ${SITE_NAME}" follows it. Leave empty for ${defaults.title}.`,
        },
      }),
      limitedTextarea(DESCRIPTION_MAX_CHARACTERS, {
        name: 'description',
        label: 'Description in search results',
        admin: {
          description: `The sentence or two under the title in search results and shared-link previews. Leave empty for ${defaults.description}.`,
        },
      }),
    ],
  }
}

const seoFields: Field[] = [
  searchResultFields('meta', 'Toolkit page', {
    title: 'the toolkit name',
    description: 'the summary (or the tagline), cut to 160 characters',
  }),
  searchResultFields('alternativesMeta', 'Alternatives page', {
    title: 'the page heading',
    description: '"<number> alternatives to the <toolkit name>, ranked and compared side by side:" and their names',
  }),
]

export const Roles: CollectionConfig<'roles'> = {
  slug: 'roles',
  labels: { singular: 'Role', plural: 'Roles' },
  admin: {
    useAsTitle: 'name',
    // Marketing may not take a role offline, schedule or revert (./access.ts): no such controls.
    components: {
      edit: {
        PublishButton: '@/components/admin/PublishForMarketing#PublishForMarketing',
        UnpublishButton: '@/components/admin/UnpublishForEditors#UnpublishForEditors',
      },
      views: { edit: documentTabsForEditors },
    },
    defaultColumns: ['name', 'tagline', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'tagline'],
    description: 'Each role has a toolkit page and, when it ranks alternatives, a "Why look beyond" page.',
    preview: (doc) => {
      const path = rolePreviewPath(doc as Pick<Role, 'slug' | 'alternatives'>)
      return path ? previewUrl(path) : null
    },
    livePreview: {
      url: ({ data, req }) => {
        const path = rolePreviewPath(data as Pick<Role, 'slug' | 'alternatives'>)
        // Marketing's ranking screen (./rankingScreen.ts) opens the page at the ranking it reorders.
        return path ? previewUrl(path, mayOnlyReorderRanking(req.user) ? RANKED_LIST_ANCHOR : undefined) : ''
      },
    },
  },
  // Who may change what: ./access.ts.
  access: roleAccess,
  versions: {
    // Autosave keeps drafts (and the live preview) current while editors type; nothing is public
    // until "Publish changes" or a scheduled publish.
    ...EDITORIAL_VERSIONS,
    drafts: { ...EDITORIAL_VERSIONS.drafts, autosave: { interval: 800 } },
  },
  hooks: {
    beforeOperation: [keepMarketingToRanking.beforeOperation],
    beforeValidate: [fillRoleDefaults],
    beforeChange: [
      keepMarketingToRanking.beforeChange,
      ...writeValidation,
      recordSlugRedirects.beforeChange,
      revalidateRolePages.beforeChange,
    ],
    // Marketing's hook last: it may save an editor's draft again, after the page refresh has been planned.
    afterChange: [recordSlugRedirects.afterChange, revalidateRolePages.afterChange, keepMarketingToRanking.afterChange],
    beforeDelete: [revalidateRolePages.beforeDelete],
    afterDelete: [revalidateRolePages.afterDelete],
  },
  // Every data field is editors-only but the ranking's order (./access.ts); marketing sees only the ranking (./rankingScreen.ts).
  fields: onlyTheRankingForMarketing(
    editorsOnly(
      [
        {
          type: 'tabs',
          tabs: [
            { label: 'Toolkit page', fields: toolkitPageFields },
            { label: 'Alternatives page', fields: [...alternativesPageFields, rankingField, ...pickingFields] },
            {
              label: 'Search and sharing',
              description: 'How the role’s two pages appear in search results and in previews of shared links. Every field is optional.',
              fields: seoFields,
            },
          ],
        },
        slugField('name', 'The page address: /toolkits/<slug>. Filled from the name when left empty.', ROLE_SLUG),
        ...timestampFields,
        publicPagesField,
      ],
      { open: RANKING_FIELD },
    ).concat(savedByField, {
      name: 'rankingLastPublished',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/RankingLastPublishedField#RankingLastPublishedField' },
      },
    }),
  ),
}
