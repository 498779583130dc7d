import { randomUUID } from 'node:crypto'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
    token = (await createStaffTokens(payload, api)).editor
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
    interface LengthCase {
      collection: Collection
      path: string
      max: number
      body: (value: string) => Body
    }
    const target: Record<Collection, () => string> = {
      roles: () => fx.lengthRole,
      tools: () => fx.lengthTool,
      'decision-questions': () => fx.lengthQuestion,
      media: () => fx.lengthMedia,
    }
    const cases: LengthCase[] = [
      { collection: 'roles', path: 'name', max: 80, body: (name) => ({ name }) },
      { collection: 'roles', path: 'toolkitName', max: 100, body: (toolkitName) => ({ toolkitName }) },
      { collection: 'roles', path: 'tagline', max: 120, body: (tagline) => ({ tagline }) },
      { collection: 'roles', path: 'summary', max: 600, body: (summary) => ({ summary }) },
      { collection: 'roles', path: 'primaryFocus', max: 120, body: (primaryFocus) => ({ primaryFocus }) },
      { collection: 'roles', path: 'keyResponsibility', max: 120, body: (keyResponsibility) => ({ keyResponsibility }) },
      { collection: 'roles', path: 'bestFor.0.text', max: 200, body: (text) => ({ bestFor: [{ text }] }) },
      { collection: 'roles', path: 'learnMore.label', max: 80, body: (label) => ({ learnMore: { tool: fx.docker, label } }) },
      { collection: 'roles', path: 'alternativesHeading', max: 140, body: (alternativesHeading) => ({ alternativesHeading }) },
      { collection: 'roles', path: 'alternatives.0.pitch', max: 1500, body: (pitch) => ({ alternatives: [row(fx.backend, { pitch })] }) },
      { collection: 'roles', path: 'alternatives.0.adjacency', max: 80, body: (adjacency) => ({ alternatives: [row(fx.backend, { adjacency })] }) },
      {
        collection: 'roles',
        path: 'alternatives.0.bestFor.0.text',
        max: 200,
        body: (text) => ({ alternatives: [row(fx.backend, { bestFor: [{ text }] })] }),
      },
      {
        collection: 'roles',
        path: 'alternatives.0.learnMore.label',
        max: 80,
        body: (label) => ({ alternatives: [row(fx.backend, { learnMore: { tool: fx.docker, label } })] }),
      },
      { collection: 'roles', path: 'tableSelfLabel', max: 80, body: (tableSelfLabel) => ({ tableSelfLabel }) },
      { collection: 'roles', path: 'howToPickIntro', max: 1000, body: (howToPickIntro) => ({ howToPickIntro }) },
      { collection: 'roles', path: 'meta.title', max: 70, body: (title) => ({ meta: { title } }) },
      { collection: 'roles', path: 'meta.description', max: 170, body: (description) => ({ meta: { description } }) },
      { collection: 'tools', path: 'name', max: 60, body: (name) => ({ name }) },
      { collection: 'tools', path: 'description', max: 300, body: (description) => ({ description }) },
      { collection: 'decision-questions', path: 'question', max: 200, body: (question) => ({ question }) },
      { collection: 'decision-questions', path: 'guidance', max: 1000, body: (guidance) => ({ guidance }) },
      { collection: 'media', path: 'alt', max: 160, body: (alt) => ({ alt }) },
    ]

    it.each(cases)('$collection $path: one character over $max is refused, naming it', ({ collection, path, max, body }) =>
      expectRefused({ collection, target: target[collection], body: () => body(text(max + 1)), path, message: new RegExp(`${max}\\b`) }),
    )

    it.each(cases)('$collection $path: exactly $max characters is accepted', async ({ collection, max, body }) => {
      await expectAccepted(collection, target[collection](), body(text(max)))
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
