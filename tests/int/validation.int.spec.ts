import { randomUUID } from 'node:crypto'

import { REST_POST } from '@payloadcms/next/routes'
import type { FlattenedField, Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/seed/richText'

import { createApiClient, type ApiClient, type ApiResponse } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens } from './support/users'

/**
 * Every validation rule, met the way an editor's browser meets it: REST requests with an editor's
 * token. A refused write answers 400 with an error that names the field, and changes nothing.
 */

type Collection = 'roles' | 'tools' | 'decision-questions' | 'media'
type Body = Record<string, unknown>

interface FieldError {
  path: string
  message: string
}

interface PayloadError {
  message?: string
  data?: { errors?: FieldError[] }
  extensions?: { data?: { errors?: FieldError[] } }
}

/** The `{ path, message }` pairs of a ValidationError, from a REST body or GraphQL's `errors`. */
function fieldErrorsOf(errors: PayloadError[] | undefined): FieldError[] {
  return (errors ?? [])
    .flatMap((error) => (error.data ?? error.extensions?.data)?.errors ?? [])
    .map(({ path, message }) => ({ path, message }))
}

const restErrors = (response: ApiResponse) => fieldErrorsOf((response.body as { errors?: PayloadError[] }).errors)

const SOME_CHANGE: Record<Collection, Body> = {
  roles: { tagline: 'A valid new tagline' },
  tools: { description: 'A valid new description.' },
  'decision-questions': { guidance: 'Valid new guidance.' },
  media: {},
}

const text = (length: number) => 'x'.repeat(length)
const unique = () => randomUUID().slice(0, 8)

describeOnDatabase('validation', () => {
  let app: TestPayload
  let payload: Payload
  let api: ApiClient
  let token: string
  let adminToken: string
  let png: Buffer

  /** Documents the tests refer to, created in beforeAll. */
  const fx = {
    devops: '',
    backend: '',
    data: '',
    /** A role, tool, question and image whose fields the length tests fill to their limits. */
    lengthRole: '',
    lengthTool: '',
    lengthQuestion: '',
    lengthMedia: '',
    docker: '',
    kubernetes: '',
    /** Nine tools and thirteen roles: one more than a role may list or rank. */
    nineTools: [] as string[],
    thirteenRoles: [] as string[],
  }

  /** A complete, valid new document: each required-field case removes one field from it. */
  const validNew: Record<Collection, () => Body> = {
    roles: () => ({ name: `New Role ${unique()}`, primaryFocus: 'Focus', keyResponsibility: 'Responsibility' }),
    tools: () => ({ name: `New Tool ${unique()}`, url: 'https://example.com', category: 'database' }),
    'decision-questions': () => ({ question: 'Do you like databases?', guidance: 'Then pick this.', recommends: fx.backend }),
    media: () => ({ alt: 'A red square' }),
  }

  const row = (role: string, extra: Body = {}) => ({ role, pitch: 'A pitch', adjacency: 'Adjacent', ...extra })

  async function uploadMedia(data: Body): Promise<ApiResponse> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `upload-${unique()}.png`)
    form.append('_payload', JSON.stringify(data))
    const request = new Request('http://localhost:3000/api/media', {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    const response = await REST_POST(app.config)(request, { params: Promise.resolve({ slug: ['media'] }) })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  /** A create (POST, or a multipart upload for media) or, given an id, an update (PATCH). */
  function send(collection: Collection, id: string | undefined, body: Body, query = ''): Promise<ApiResponse> {
    if (id) return api.rest('PATCH', `/${collection}/${id}${query}`, { token, body })
    if (collection === 'media') return uploadMedia(body)
    return api.rest('POST', `/${collection}${query}`, { token, body })
  }

  /** Everything a refused write could have changed: the document and its history, or the counts. */
  async function stateOf(collection: Collection, id: string | undefined) {
    const versions = async (where = {}) =>
      collection === 'media' ? 0 : (await payload.countVersions({ collection, where })).totalDocs
    if (!id) return { documents: (await payload.count({ collection })).totalDocs, versions: await versions() }
    return {
      current: await payload.findByID({ collection, id, depth: 0 }),
      latestDraft: await payload.findByID({ collection, id, depth: 0, draft: true }),
      versions: await versions({ parent: { equals: id } }),
    }
  }

  interface Refusal {
    collection: Collection
    /** The document to update; a create when absent. */
    target?: () => string
    body: () => Body
    /** The field the error must name. */
    path: string | RegExp
    message: RegExp
    query?: string
  }

  /**
   * Sends the write (an update also carries a valid change), expects a 400 naming the field with a
   * clear message, then checks that nothing was stored: not the valid change either.
   */
  async function expectRefused({ collection, target, body, path, message, query }: Refusal): Promise<void> {
    const id = target?.()
    const before = await stateOf(collection, id)

    const response = await send(collection, id, id ? { ...SOME_CHANGE[collection], ...body() } : body(), query)

    expect(response.status).toBe(400)
    expect(restErrors(response)).toContainEqual({
      path: typeof path === 'string' ? path : expect.stringMatching(path),
      message: expect.stringMatching(message),
    })
    expect(await stateOf(collection, id)).toEqual(before)
  }

  async function expectAccepted(collection: Collection, id: string | undefined, body: Body): Promise<Body> {
    const response = await send(collection, id, body)
    expect(restErrors(response)).toEqual([])
    expect(response.status).toBe(id ? 200 : 201)
    return (response.body as { doc: Body }).doc
  }

  beforeAll(async () => {
    app = await startTestPayload()
    payload = app.payload
    api = createApiClient(app.config)
    const tokens = await createStaffTokens(payload, api)
    token = tokens.editor
    adminToken = tokens.admin
    png = await sharp({ create: { width: 2, height: 2, channels: 3, background: { r: 255, g: 0, b: 0 } } }).png().toBuffer()

    const role = async (name: string, slug?: string) =>
      (
        await payload.create({
          collection: 'roles',
          data: { name, slug, primaryFocus: 'Focus', keyResponsibility: 'Responsibility', _status: 'published' },
        })
      ).id
    const tool = async (name: string) =>
      (await payload.create({ collection: 'tools', data: { name, url: 'https://example.com', category: 'framework', _status: 'published' } })).id

    fx.devops = await role('DevOps Engineer', 'devops-engineer')
    fx.backend = await role('Backend Engineer')
    fx.data = await role('Data Engineer')
    fx.lengthRole = await role('Length Role')
    fx.docker = await tool('Docker')
    fx.kubernetes = await tool('Kubernetes')
    fx.lengthTool = await tool('Length Tool')
    fx.nineTools = [fx.docker, fx.kubernetes, ...(await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => tool(`Tool ${n}`))))]
    fx.thirteenRoles = await Promise.all(Array.from({ length: 13 }, (_, n) => role(`Ranked Role ${n + 1}`)))
    fx.lengthQuestion = (
      await payload.create({
        collection: 'decision-questions',
        data: { question: 'Length question?', guidance: 'Guidance.', recommends: fx.backend, _status: 'published' },
      })
    ).id
    fx.lengthMedia = (
      await payload.create({ collection: 'media', data: { alt: 'Length image' }, file: { data: png, mimetype: 'image/png', name: `length-${unique()}.png`, size: png.length } })
    ).id
  })
  afterAll(async () => {
    await payload?.delete({ collection: 'media', where: {} })
    await app?.cleanup()
  })

  describe('required fields', () => {
    it.each(['roles', 'tools', 'decision-questions', 'media'] as const)('%s: a complete document is accepted', async (collection) => {
      const before = (await payload.count({ collection })).totalDocs
      await expectAccepted(collection, undefined, validNew[collection]())
      expect((await payload.count({ collection })).totalDocs).toBe(before + 1)
    })

    it.each([
      ['roles', 'name'],
      ['roles', 'primaryFocus'],
      ['roles', 'keyResponsibility'],
      ['tools', 'name'],
      ['tools', 'url'],
      ['tools', 'category'],
      ['decision-questions', 'question'],
      ['decision-questions', 'guidance'],
      ['decision-questions', 'recommends'],
      ['media', 'alt'],
    ] as const)('%s: a create without %s is refused, naming it', async (collection, field) =>
      expectRefused({
        collection,
        body: () => {
          const { [field]: _omitted, ...rest } = validNew[collection]()
          return rest
        },
        path: field,
        message: /required|enter/i,
      }),
    )

    it.each([
      { collection: 'roles', field: 'name', target: () => fx.devops },
      { collection: 'roles', field: 'primaryFocus', target: () => fx.devops },
      { collection: 'roles', field: 'keyResponsibility', target: () => fx.devops },
      { collection: 'tools', field: 'name', target: () => fx.docker },
      { collection: 'tools', field: 'url', target: () => fx.docker },
      { collection: 'decision-questions', field: 'question', target: () => fx.lengthQuestion },
      { collection: 'decision-questions', field: 'guidance', target: () => fx.lengthQuestion },
      { collection: 'media', field: 'alt', target: () => fx.lengthMedia },
    ] as const)('$collection: emptying $field is refused and changes nothing', ({ collection, field, target }) =>
      expectRefused({ collection, target, body: () => ({ [field]: '' }), path: field, message: /required|enter/i }),
    )
  })

  describe('unique slugs and tool names', () => {
    const mustBeUnique = /unique/i
    it.each<Refusal & { title: string }>([
      { title: 'a new role with a taken slug', collection: 'roles', body: () => ({ ...validNew.roles(), slug: 'devops-engineer' }), path: 'slug', message: mustBeUnique },
      { title: 'a new role whose name gives a taken slug', collection: 'roles', body: () => ({ ...validNew.roles(), name: 'DevOps Engineer' }), path: 'slug', message: mustBeUnique },
      { title: 'a new role with a taken slug, saved as a draft', collection: 'roles', body: () => ({ ...validNew.roles(), slug: 'devops-engineer' }), path: 'slug', message: mustBeUnique, query: '?draft=true' },
      { title: 'renaming a role’s slug to a taken one', collection: 'roles', target: () => fx.backend, body: () => ({ slug: 'devops-engineer' }), path: 'slug', message: mustBeUnique },
      { title: 'a new tool with a taken slug', collection: 'tools', body: () => ({ ...validNew.tools(), slug: 'docker' }), path: 'slug', message: mustBeUnique },
      { title: 'a new tool with a taken slug, saved as a draft', collection: 'tools', body: () => ({ ...validNew.tools(), slug: 'docker' }), path: 'slug', message: mustBeUnique, query: '?draft=true' },
      { title: 'a new tool with a taken name (and its own slug)', collection: 'tools', body: () => ({ ...validNew.tools(), name: 'Docker', slug: 'docker-again' }), path: 'name', message: mustBeUnique },
      { title: 'a new tool with a taken name (slug left empty)', collection: 'tools', body: () => ({ ...validNew.tools(), name: 'Docker' }), path: /^(name|slug)$/, message: mustBeUnique },
      { title: 'renaming a tool to a taken name', collection: 'tools', target: () => fx.kubernetes, body: () => ({ name: 'Docker' }), path: 'name', message: mustBeUnique },
      { title: 'changing a tool’s slug to a taken one', collection: 'tools', target: () => fx.kubernetes, body: () => ({ slug: 'docker' }), path: 'slug', message: mustBeUnique },
    ])('$title: 400, says it must be unique, changes nothing', (refusal) => expectRefused(refusal))
  })

  describe('URL-safe slugs', () => {
    const badSlugs = ['Not A Slug!', 'Upper-Case', 'double--hyphen', '-leading-hyphen', 'under_score', 'café']
    const cases = badSlugs.flatMap((slug) => [
      { slug, operation: 'create', collection: 'roles' as const, target: undefined, body: () => ({ ...validNew.roles(), slug }) },
      { slug, operation: 'update', collection: 'roles' as const, target: () => fx.devops, body: () => ({ slug }) },
      { slug, operation: 'create', collection: 'tools' as const, target: undefined, body: () => ({ ...validNew.tools(), slug }) },
    ])

    it.each(cases)('$collection $operation: slug $slug is refused, naming slug', ({ collection, target, body }) =>
      expectRefused({ collection, target, body, path: 'slug', message: /lowercase letters, digits and single hyphens/ }),
    )
  })

  describe('role slugs and comparison addresses (/compare/<a>-vs-<b>)', () => {
    const cases = ['dev-vs-ops', 'vs-code-developer'].flatMap((slug) => [
      { slug, operation: 'create', target: undefined, body: () => ({ ...validNew.roles(), slug }), query: undefined },
      { slug, operation: 'update', target: () => fx.devops, body: () => ({ slug }), query: undefined },
      { slug, operation: 'draft create', target: undefined, body: () => ({ ...validNew.roles(), slug }), query: '?draft=true' },
    ])
    it.each(cases)('a role $operation with the slug $slug is refused, naming slug', ({ target, body, query }) =>
      expectRefused({ collection: 'roles', target, body, query, path: 'slug', message: /cannot contain the word "vs"/ }),
    )

    it('a role named with "vs" gets a slug that spells it out; a tool keeps its own ("VS Code": vs-code)', async () => {
      const role = await expectAccepted('roles', undefined, { ...validNew.roles(), name: `Dev vs Ops ${unique()}` })
      expect(role.slug).toMatch(/^dev-versus-ops-/)
      const tool = await expectAccepted('tools', undefined, { ...validNew.tools(), name: `VS Code ${unique()}` })
      expect(tool.slug).toMatch(/^vs-code-/)
    })
  })

  describe('tool addresses', () => {
    const refused = ['javascript:alert(1)', 'ftp://x', 'data:text/html,hi', 'not a url', 'mailto:someone@example.com', 'https//missing-colon.example']
    it.each(refused.flatMap((url) => [{ url, operation: 'create' }, { url, operation: 'update' }]))(
      '$operation with url $url is refused, naming url',
      ({ url, operation }) =>
        expectRefused({
          collection: 'tools',
          target: operation === 'update' ? () => fx.kubernetes : undefined,
          body: () => (operation === 'update' ? { url } : { ...validNew.tools(), url }),
          path: 'url',
          message: /http/,
        }),
    )

    it('a draft with an invalid address is refused like a publish, and stays hidden from visitors', async () => {
      // Drafts are validated too (collections/shared/writeValidation.ts): an invalid draft would block every later publish.
      await expectRefused({
        collection: 'tools',
        body: () => ({ name: 'Draft Tool', url: 'javascript:alert(1)', category: 'database' }),
        query: '?draft=true',
        path: 'url',
        message: /http/,
      })
      expect((await api.rest('GET', '/tools?where[name][equals]=Draft%20Tool')).body).toMatchObject({ totalDocs: 0 })
    })

    it.each(['https://example.com', 'http://example.com', 'https://kubernetes.io/docs/home/'])('%s is accepted and stored', async (url) => {
      const created = await expectAccepted('tools', undefined, { ...validNew.tools(), url })
      expect((await payload.findByID({ collection: 'tools', id: String(created.id) })).url).toBe(url)
    })
  })

  describe('the ranking of alternatives', () => {
    it('refuses a role ranked as an alternative to itself', () =>
      expectRefused({
        collection: 'roles',
        target: () => fx.devops,
        body: () => ({ alternatives: [row(fx.backend), row(fx.devops)] }),
        path: 'alternatives.1.role',
        message: /itself/,
      }),
    )

    it.each([
      { operation: 'update', target: () => fx.devops },
      { operation: 'create', target: undefined },
    ])('refuses the same role ranked twice ($operation)', ({ target }) =>
      expectRefused({
        collection: 'roles',
        target,
        body: () => ({ ...(target ? {} : validNew.roles()), alternatives: [row(fx.backend), row(fx.data), row(fx.backend)] }),
        path: 'alternatives.2.role',
        message: /once/,
      }),
    )

    it('accepts a ranking of distinct other roles', async () => {
      await expectAccepted('roles', fx.lengthRole, { alternatives: [row(fx.backend), row(fx.data)] })
    })
  })

  describe('lengths', () => {
    // One field in each place a length-limited field sits (fields/lengthLimitedText.ts), its limit read
    // from the running config: the limits themselves are the config's to say, the boundary is unit-tested.
    interface LengthCase {
      collection: Collection
      path: string
      body: (value: string) => Body
    }
    const target: Record<Collection, () => string> = {
      roles: () => fx.lengthRole,
      tools: () => fx.lengthTool,
      'decision-questions': () => fx.lengthQuestion,
      media: () => fx.lengthMedia,
    }
    const cases: LengthCase[] = [
      { collection: 'roles', path: 'name', body: (name) => ({ name }) },
      { collection: 'roles', path: 'summary', body: (summary) => ({ summary }) },
      { collection: 'roles', path: 'learnMore.label', body: (label) => ({ learnMore: { tool: fx.docker, label } }) },
      { collection: 'roles', path: 'alternatives.0.pitch', body: (pitch) => ({ alternatives: [row(fx.backend, { pitch })] }) },
      {
        collection: 'roles',
        path: 'alternatives.0.bestFor.0.text',
        body: (text) => ({ alternatives: [row(fx.backend, { bestFor: [{ text }] })] }),
      },
      // What search results show: an editor's title and description for each of the role's pages.
      { collection: 'roles', path: 'alternativesMeta.title', body: (title) => ({ alternativesMeta: { title } }) },
      { collection: 'roles', path: 'meta.description', body: (description) => ({ meta: { description } }) },
      { collection: 'media', path: 'alt', body: (alt) => ({ alt }) },
    ]

    /** The field's `maxLength`, following the path through groups and array rows. */
    function maxLengthOf(collection: Collection, path: string): number {
      let fields: FlattenedField[] = payload.collections[collection].config.flattenedFields
      let field: FlattenedField | undefined
      for (const name of path.split('.').filter((segment) => !/^\d+$/.test(segment))) {
        field = fields.find((candidate) => candidate.name === name)
        fields = field && 'flattenedFields' in field ? field.flattenedFields : []
      }
      const maxLength = field && 'maxLength' in field ? field.maxLength : undefined
      if (!maxLength) throw new Error(`${collection} ${path} has no maxLength`)
      return maxLength
    }

    it.each(cases)('$collection $path: one character over its limit is refused, naming it', ({ collection, path, body }) => {
      const max = maxLengthOf(collection, path)
      return expectRefused({ collection, target: target[collection], body: () => body(text(max + 1)), path, message: new RegExp(`${max}\\b`) })
    })

    it.each(cases)('$collection $path: exactly its limit is accepted', async ({ collection, path, body }) => {
      await expectAccepted(collection, target[collection](), body(text(maxLengthOf(collection, path))))
    })
  })

  describe('list sizes and choices', () => {
    it.each([
      { path: 'commonTools', max: 8, body: (n: number) => ({ commonTools: fx.nineTools.slice(0, n) }) },
      { path: 'bestFor', max: 8, body: (n: number) => ({ bestFor: Array.from({ length: n }, (_, i) => ({ text: `Item ${i}` })) }) },
      { path: 'alternatives', max: 12, body: (n: number) => ({ alternatives: fx.thirteenRoles.slice(0, n).map((id) => row(id)) }) },
    ])('roles $path: $max items are accepted, one more is refused naming it', async ({ path, max, body }) => {
      await expectRefused({ collection: 'roles', target: () => fx.lengthRole, body: () => body(max + 1), path, message: new RegExp(`${max}`) })
      await expectAccepted('roles', fx.lengthRole, body(max))
    })

    it('refuses a tool category that is not one of the options', () =>
      expectRefused({ collection: 'tools', body: () => ({ ...validNew.tools(), category: 'spreadsheets' }), path: 'category', message: /invalid/i }),
    )
  })

  describe('learn-more links', () => {
    it.each([
      { path: 'learnMore.label', body: (label?: string | null) => ({ learnMore: { tool: fx.docker, label } }) },
      {
        path: 'alternatives.0.learnMore.label',
        body: (label?: string | null) => ({ alternatives: [row(fx.data, { learnMore: { tool: fx.docker, label } })] }),
      },
    ])('$path: required once a tool is chosen, accepted with it', async ({ path, body }) => {
      const message = /link text/
      await expectRefused({ collection: 'roles', body: () => ({ ...validNew.roles(), ...body(undefined) }), path, message })
      for (const cleared of [null, '']) {
        await expectRefused({ collection: 'roles', target: () => fx.lengthRole, body: () => body(cleared), path, message })
      }
      await expectAccepted('roles', fx.lengthRole, body('Learn more about Docker'))
    })

    it('needs no link text when no tool is chosen', async () => {
      await expectAccepted('roles', fx.lengthRole, { learnMore: { tool: null, label: '' } })
    })
  })

  describe('drafts: incomplete is fine, invalid is not', () => {
    const draft = '?draft=true'
    it.each<Refusal & { title: string }>([
      { title: 'a 1M-character tagline', collection: 'roles', target: () => fx.lengthRole, body: () => ({ tagline: text(1_000_000) }), path: 'tagline', message: /120/ },
      { title: 'the slug "Bad Slug"', collection: 'roles', target: () => fx.lengthRole, body: () => ({ slug: 'Bad Slug' }), path: 'slug', message: /lowercase/ },
      { title: 'a new role with the slug "Bad Slug"', collection: 'roles', body: () => ({ slug: 'Bad Slug' }), path: 'slug', message: /lowercase/ },
      { title: 'a role ranking itself', collection: 'roles', target: () => fx.lengthRole, body: () => ({ alternatives: [row(fx.lengthRole)] }), path: 'alternatives.0.role', message: /itself/ },
      { title: 'a role ranked twice', collection: 'roles', target: () => fx.lengthRole, body: () => ({ alternatives: [row(fx.data), row(fx.data)] }), path: 'alternatives.1.role', message: /once/ },
      { title: 'thirteen ranked rows', collection: 'roles', target: () => fx.lengthRole, body: () => ({ alternatives: fx.thirteenRoles.map((id) => row(id)) }), path: 'alternatives', message: /12/ },
      { title: 'a javascript: tool address', collection: 'tools', target: () => fx.lengthTool, body: () => ({ url: 'javascript:alert(1)' }), path: 'url', message: /http/ },
      { title: 'a 1M-character question', collection: 'decision-questions', target: () => fx.lengthQuestion, body: () => ({ question: text(1_000_000) }), path: 'question', message: /200/ },
    ])('a draft with $title is refused naming the field, nothing stored', (refusal) => expectRefused({ ...refusal, query: draft }))

    it('autosave of a new, empty role and of a role with required fields cleared is accepted', async () => {
      const created = await api.rest<{ doc: { id: string } }>('POST', '/roles?draft=true&autosave=true', { token, body: {} })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const typed = await api.rest('PATCH', `/roles/${id}?draft=true&autosave=true`, { token, body: { tagline: 'Typing…', name: '', primaryFocus: '' } })
      expect(typed.status).toBe(200)
      expect((await payload.findByID({ collection: 'roles', id, draft: true })).tagline).toBe('Typing…')
      // A row just added, its role not chosen yet, and a learn-more tool before its words.
      const row = await api.rest('PATCH', `/roles/${id}?draft=true&autosave=true`, { token, body: { alternatives: [{ pitch: '' }], learnMore: { tool: fx.docker } } })
      expect(restErrors(row)).toEqual([])
      expect(row.status).toBe(200)
      // Publishing the same incomplete role is still refused.
      expect((await api.rest('PATCH', `/roles/${id}`, { token, body: { _status: 'published' } })).status).toBe(400)
    })

    it('a refused draft leaves the role publishable', async () => {
      await api.rest('PATCH', `/roles/${fx.lengthRole}?draft=true`, { token, body: { slug: 'Bad Slug' } })
      const published = await api.rest('PATCH', `/roles/${fx.lengthRole}`, { token, body: { tagline: 'Published after a refused draft', _status: 'published' } })
      expect(published.status).toBe(200)
    })

    it('GraphQL: a draft update with an invalid slug names the field and stores nothing', async () => {
      const before = await stateOf('roles', fx.lengthRole)
      const { body } = await api.gql(`mutation { updateRole(id: "${fx.lengthRole}", draft: true, data: { slug: "Bad Slug", tagline: "Changed" }) { id } }`, { token })
      expect(fieldErrorsOf(body.errors as PayloadError[])).toContainEqual({ path: 'slug', message: expect.stringMatching(/lowercase/) })
      expect(await stateOf('roles', fx.lengthRole)).toEqual(before)
    })
  })

  describe('wrong types and sizes', () => {
    it.each<Refusal & { title: string }>([
      { title: 'a role name that is an operator object', collection: 'roles', body: () => ({ ...validNew.roles(), name: { $gt: '' } }), path: 'name', message: /text/ },
      { title: 'a tool name that is a number (slug null)', collection: 'tools', body: () => ({ ...validNew.tools(), name: 42, slug: null }), path: 'name', message: /text/ },
      { title: 'a tool category that is a number', collection: 'tools', body: () => ({ ...validNew.tools(), category: 5 }), path: 'category', message: /invalid/i },
      { title: 'a 1M-character tool slug', collection: 'tools', body: () => ({ ...validNew.tools(), slug: 'a'.repeat(1_000_000) }), path: 'slug', message: /100\b/ },
      { title: 'a 1M-character tool address', collection: 'tools', body: () => ({ ...validNew.tools(), url: `https://example.com/${'a'.repeat(600)}` }), path: 'url', message: /500\b/ },
      { title: 'a role slug of 101 characters', collection: 'roles', target: () => fx.lengthRole, body: () => ({ slug: 'a'.repeat(101) }), path: 'slug', message: /100\b/ },
      { title: 'a pitch that is a list', collection: 'roles', target: () => fx.lengthRole, body: () => ({ alternatives: [row(fx.data, { pitch: ['a'] })] }), path: 'alternatives.0.pitch', message: /text/ },
      { title: 'common tools that do not exist', collection: 'roles', target: () => fx.lengthRole, body: () => ({ commonTools: ['no-such-tool'] }), path: 'commonTools', message: /exist/ },
      { title: 'a ranked role that does not exist', collection: 'roles', target: () => fx.lengthRole, body: () => ({ alternatives: [row('no-such-role')] }), path: 'alternatives.0.role', message: /exist/ },
      { title: 'a learn-more tool that does not exist', collection: 'roles', target: () => fx.lengthRole, body: () => ({ learnMore: { tool: 'no-such-tool', label: 'Hi' } }), path: 'learnMore.tool', message: /exist/ },
      { title: 'a recommended role that does not exist', collection: 'decision-questions', body: () => ({ ...validNew['decision-questions'](), recommends: 'no-such-role' }), path: 'recommends', message: /exist/ },
      { title: 'a logo that does not exist', collection: 'tools', target: () => fx.lengthTool, body: () => ({ logo: 'no-such-image' }), path: 'logo', message: /exist/ },
      { title: 'a 3,001-character introduction', collection: 'roles', target: () => fx.lengthRole, body: () => ({ alternativesIntro: paragraphsToRichText([text(3000), 'x']) }), path: 'alternativesIntro', message: /3000\b/ },
      { title: 'a 3,001-character introduction in a draft', collection: 'roles', target: () => fx.lengthRole, body: () => ({ alternativesIntro: paragraphsToRichText([text(3001)]) }), path: 'alternativesIntro', message: /3000\b/, query: '?draft=true' },
    ])('$title: 400 naming the field, nothing stored', (refusal) => expectRefused(refusal))

    it.each([
      { title: 'a 201-character old address', body: { from: `/${'a'.repeat(200)}`, to: '/toolkits/x' }, path: 'from' },
      { title: 'a 1M-character new address', body: { from: '/old', to: `/${'a'.repeat(1_000_000)}` }, path: 'to' },
    ])('redirects: $title is refused naming it', async ({ body, path }) => {
      const before = (await payload.count({ collection: 'redirects' })).totalDocs
      const response = await api.rest('POST', '/redirects', { token, body })
      expect(response.status).toBe(400)
      expect(restErrors(response).map((error) => error.path)).toContain(path)
      expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(before)
    })

    it.each([
      { title: 'a numeric email', body: { email: 42, password: 'long-enough-password' }, path: 'email' },
      { title: 'a 300-character email', body: { email: `${'a'.repeat(290)}@example.com`, password: 'long-enough-password' }, path: 'email' },
      { title: 'a name that is an object', body: { email: 'named@example.test', password: 'long-enough-password', name: { $gt: '' } }, path: 'name' },
      { title: 'an 81-character name', body: { email: 'named@example.test', password: 'long-enough-password', name: text(81) }, path: 'name' },
    ])('users: $title is refused naming it (admin)', async ({ body, path }) => {
      const before = (await payload.count({ collection: 'users' })).totalDocs
      const response = await api.rest('POST', '/users', { token: adminToken, body })
      expect(response.status).toBe(400)
      expect(restErrors(response).map((error) => error.path)).toContain(path)
      expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    })

    it('GraphQL: a common tool that does not exist is refused naming the field', async () => {
      const before = await stateOf('roles', fx.lengthRole)
      const { body } = await api.gql(`mutation { updateRole(id: "${fx.lengthRole}", data: { commonTools: ["no-such-tool"] }) { id } }`, { token })
      expect(fieldErrorsOf(body.errors as PayloadError[])).toContainEqual({ path: 'commonTools', message: expect.stringMatching(/exist/) })
      expect(await stateOf('roles', fx.lengthRole)).toEqual(before)
    })
  })

  describe('system fields set by a client are ignored', () => {
    const past = '2001-01-01T00:00:00.000Z'
    it('REST: createdAt and updatedAt on a create and an update are not stored', async () => {
      const created = await expectAccepted('tools', undefined, { ...validNew.tools(), createdAt: past, updatedAt: past })
      const stored = await payload.findByID({ collection: 'tools', id: String(created.id) })
      expect([stored.createdAt, stored.updatedAt]).not.toContain(past)
      await expectAccepted('tools', String(created.id), { description: 'Changed.', createdAt: past, updatedAt: 'not a date' })
      const updated = await payload.findByID({ collection: 'tools', id: String(created.id) })
      expect(updated.createdAt).toBe(stored.createdAt)
      expect(updated.updatedAt).not.toBe(past)
    })

    it('GraphQL: createdAt on an update is not stored', async () => {
      const before = await payload.findByID({ collection: 'roles', id: fx.data })
      const { body } = await api.gql(`mutation { updateRole(id: "${fx.data}", data: { createdAt: "${past}" }) { id createdAt } }`, { token })
      expect((await payload.findByID({ collection: 'roles', id: fx.data })).createdAt).toBe(before.createdAt)
      expect(JSON.stringify(body)).not.toContain(past)
    })
  })

  describe('GraphQL', () => {
    it.each([
      {
        title: 'createTool with an ftp:// url',
        collection: 'tools' as const,
        target: undefined,
        mutation: () => `mutation { createTool(data: { name: "Gopher", url: "ftp://x", category: language }) { id } }`,
        path: 'url',
        label: /Official site/,
      },
      {
        title: 'updateRole with a valid tagline and an invalid slug',
        collection: 'roles' as const,
        target: () => fx.devops,
        mutation: () => `mutation { updateRole(id: "${fx.devops}", data: { tagline: "Changed", slug: "Not A Slug!" }) { id } }`,
        path: 'slug',
        label: /Slug/,
      },
    ])('$title: an error naming the field, nothing stored', async ({ collection, target, mutation, path, label }) => {
      const id = target?.()
      const before = await stateOf(collection, id)

      const { body } = await api.gql(mutation(), { token })

      expect(body.errors?.[0]?.message).toMatch(label)
      expect(fieldErrorsOf(body.errors as PayloadError[])).toContainEqual({ path, message: expect.any(String) })
      expect(await stateOf(collection, id)).toEqual(before)
    })
  })
})
