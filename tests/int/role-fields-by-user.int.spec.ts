import type { FlattenedField } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Role } from '@/payload-types'

import { type ApiClient, createApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens, type StaffRole } from './support/users'

/**
 * Every field of a role, for every kind of user, in a draft and in a publish: only editors and admins
 * change it; marketing's attempt leaves the live page and the latest draft as they were; anonymous
 * visitors are refused. The fields come from the collection's own config, so a field added later is
 * covered without touching this file (a field of a type this file cannot fill fails loudly instead).
 * Every write goes through REST, and a representative set through GraphQL too.
 */
type Who = 'anonymous' | StaffRole
type Via = 'REST' | 'GraphQL'
type Mode = 'draft' | 'publish'

const EVERYONE: Who[] = ['anonymous', 'marketing', 'editor', 'admin']
const MODES: Mode[] = ['draft', 'publish']
/**
 * Set by the server, never by a client, whoever they are: Payload's own (tested with the write
 * validation) and who saved the version (fields/savedByField.ts, tested in version-authors.int.spec.ts).
 */
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'savedBy'])
/** Fields also written through GraphQL: one of each kind (text, slug, group, relationship, array, rich text). */
const GRAPHQL_FIELDS = new Set(['name', 'primaryFocus', 'slug', 'meta.title', 'commonTools', 'bestFor', 'alternatives', 'alternativesIntro'])

interface DataField {
  path: string[]
  field: FlattenedField
}

/** The fields that hold data, groups opened up, from the live collection config. */
function dataFieldsOf(fields: FlattenedField[], parent: string[] = []): DataField[] {
  return fields.flatMap((field): DataField[] => {
    if (parent.length === 0 && SYSTEM_FIELDS.has(field.name)) return []
    if (field.type === 'group') return dataFieldsOf(field.flattenedFields, [...parent, field.name])
    return [{ path: [...parent, field.name], field }]
  })
}

const nest = (path: string[], value: unknown): Record<string, unknown> =>
  path.reduceRight<Record<string, unknown>>((inner, key, index) => (index === path.length - 1 ? { [key]: value } : { [key]: inner }), {})
const valueAt = (doc: unknown, path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), doc)

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.keys(value).length === 0)

/** A value as a reader compares it: row ids and empty values (null, [], {}) dropped, relationships as ids. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (typeof value === 'object' && value !== null) {
    if ('id' in value && 'createdAt' in value) return (value as { id: unknown }).id
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, item]) => [key, comparable(item)] as const)
        .filter(([, item]) => !isEmpty(item)),
    )
  }
  return value
}
/** A document's content, without what every save stamps (a draft save of the same content is still a draft, by whoever). */
const contentOf = (doc: Record<string, unknown>) => {
  const { updatedAt: _updatedAt, createdAt: _createdAt, _status: _status, savedBy: _savedBy, ...content } = doc
  return comparable(content)
}

describeOnDatabase('every field of a role, for every kind of user', () => {
  let app: TestPayload
  let api: ApiClient
  let tokens: Record<StaffRole, string>
  let rankable: string[] = []
  let tools: string[] = []
  let counter = 0

  const tokenOf = (who: Who) => (who === 'anonymous' ? undefined : tokens[who])

  /** A value different from anything a fresh test role holds, valid for the field. */
  function newValueFor(field: FlattenedField, current: unknown): unknown {
    const n = ++counter
    switch (field.type) {
      case 'text':
      case 'textarea':
        return field.name === 'slug' ? `changed-slug-${n}` : `Changed ${n}`
      case 'richText':
        return {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                children: [{ type: 'text', version: 1, text: `Changed ${n}`, detail: 0, format: 0, mode: 'normal', style: '' }],
              },
            ],
          },
        }
      case 'relationship': {
        const pool = field.relationTo === 'tools' ? tools : rankable
        const ids = pool.filter((id) => !JSON.stringify(current ?? null).includes(id))
        return field.hasMany ? ids.slice(0, 1) : ids[0]
      }
      case 'array': {
        const rows = Array.isArray(current) ? (current as Record<string, unknown>[]) : []
        const taken = JSON.stringify(rows)
        const row = Object.fromEntries(
          field.flattenedFields
            .filter((sub) => sub.name !== 'id' && 'required' in sub && sub.required)
            .map((sub) => {
              if (sub.type === 'relationship') return [sub.name, (sub.relationTo === 'tools' ? tools : rankable).find((id) => !taken.includes(id))]
              return [sub.name, newValueFor(sub, undefined)]
            }),
        )
        // An array changes by a new row: kept rows go back as stored (with their ids).
        return [...rows, row]
      }
      default:
        throw new Error(`role-fields-by-user: no test value for a ${field.type} field (${field.name}); teach newValueFor`)
    }
  }

  /** A published role with every field filled the way an editor would: a fresh one per case. */
  async function publishedRole(): Promise<Role> {
    const n = ++counter
    return app.payload.create({
      collection: 'roles',
      data: {
        name: `Field test role ${n}`,
        tagline: 'Live tagline',
        summary: 'Live summary',
        primaryFocus: 'Live focus',
        keyResponsibility: 'Live responsibility',
        commonTools: [tools[tools.length - 1]!],
        bestFor: [{ text: 'Live best-for' }],
        // With a label, the tool alone can change (a tool without link text is refused).
        learnMore: { tool: tools[tools.length - 1]!, label: 'Live link text' },
        alternatives: [{ role: rankable[rankable.length - 1]!, pitch: 'Live pitch', adjacency: 'Related' }],
        meta: { title: 'Live title', description: 'Live description' },
        _status: 'published',
      },
    })
  }

  const asRecord = (role: Role): Record<string, unknown> => ({ ...role })
  const live = async (id: string) => asRecord(await app.payload.findByID({ collection: 'roles', id, depth: 0 }))
  const latest = async (id: string) => asRecord(await app.payload.findByID({ collection: 'roles', id, depth: 0, draft: true }))

  async function write(via: Via, who: Who, mode: Mode, id: string, data: Record<string, unknown>) {
    const body = mode === 'publish' ? { ...data, _status: 'published' } : data
    if (via === 'REST') return api.rest('PATCH', `/roles/${id}${mode === 'draft' ? '?draft=true' : ''}`, { token: tokenOf(who), body })
    return api.gql(
      'mutation ($id: String!, $data: mutationRoleUpdateInput!, $draft: Boolean) { updateRole(id: $id, data: $data, draft: $draft) { id } }',
      { token: tokenOf(who), variables: { id, data: body, draft: mode === 'draft' } },
    )
  }

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
    api = createApiClient(app.config)
    tokens = await createStaffTokens(app.payload, api)
    rankable = (await app.payload.find({ collection: 'roles', limit: 6, depth: 0, where: { _status: { equals: 'published' } } })).docs.map(
      ({ id }) => id,
    )
    tools = (await app.payload.find({ collection: 'tools', limit: 6, depth: 0 })).docs.map(({ id }) => id)
  })
  afterAll(async () => app?.cleanup())

  /** The role's fields, read from the running collection config: a new field is tested without a line here. */
  const roleFields = () => dataFieldsOf(app.payload.collections.roles.config.flattenedFields)

  it('finds the role’s fields in its config', () => {
    expect(roleFields().map(({ path }) => path.join('.'))).toEqual(
      expect.arrayContaining(['name', 'primaryFocus', 'keyResponsibility', 'slug', 'meta.title', 'meta.description', 'alternatives']),
    )
  })

  const cases = (['REST', 'GraphQL'] as const).flatMap((via) =>
    EVERYONE.flatMap((who) => MODES.map((mode): [Via, Who, Mode] => [via, who, mode])),
  )

  it.each(cases)('%s: %s, in a %s, changing each field of a role', async (via, who, mode) => {
    const fields = roleFields().filter(({ path }) => via === 'REST' || GRAPHQL_FIELDS.has(path.join('.')))
    for (const { path, field } of fields) {
      const name = path.join('.')
      const role = await publishedRole()
      const liveBefore = await live(role.id)
      const draftBefore = await latest(role.id)
      const value = newValueFor(field, valueAt(liveBefore, path))

      await write(via, who, mode, role.id, nest(path, value))

      const [liveAfter, draftAfter] = [await live(role.id), await latest(role.id)]
      if (who === 'editor' || who === 'admin') {
        expect.soft(comparable(valueAt(draftAfter, path)), `${name}: the latest draft`).toEqual(comparable(value))
        // A draft leaves the live page alone; a publish puts the change live.
        const expectedLive = mode === 'publish' ? value : valueAt(liveBefore, path)
        expect.soft(comparable(valueAt(liveAfter, path)), `${name}: the live page`).toEqual(comparable(expectedLive))
      } else {
        expect.soft(contentOf(liveAfter), `${name}: the live page`).toEqual(contentOf(liveBefore))
        expect.soft(contentOf(draftAfter), `${name}: the latest draft`).toEqual(contentOf(draftBefore))
      }
    }
  })
})
