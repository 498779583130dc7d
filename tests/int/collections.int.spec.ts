import { randomUUID } from 'node:crypto'
import { access } from 'node:fs/promises'
import path from 'node:path'

import type { File, Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/relationships'
import type { Role } from '@/payload-types'

import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'

/**
 * The behaviours editors rely on, through the local API as the admin's server code calls it (access
 * overridden): uploaded files, derived slugs and headings, kept orders, empty fields, and drafts that
 * stay private until published. Who may create, read, update and delete what is access.int.spec.ts.
 */

/** A real 2x2 PNG, so uploads go through Payload's image handling like an editor's would. */
async function tinyPng(name: string): Promise<File> {
  const data = await sharp({ create: { width: 2, height: 2, channels: 4, background: { r: 0, g: 128, b: 255, alpha: 1 } } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

describeOnDatabase('collections', () => {
  let app: TestPayload
  let payload: Payload

  const createRole = (data: Partial<Role> = {}, options: { draft?: boolean } = {}) =>
    payload.create({
      collection: 'roles',
      draft: options.draft,
      data: {
        name: `Role ${randomUUID().slice(0, 8)}`,
        primaryFocus: 'Reliability',
        keyResponsibility: 'Keep services up',
        ...(options.draft ? {} : { _status: 'published' as const }),
        ...data,
      },
    })

  const createTool = (name: string) =>
    payload.create({ collection: 'tools', data: { name, url: `https://example.com/${name}`, category: 'framework', _status: 'published' } })

  /** What an anonymous visitor of the site can read. */
  const anonymousRead = {
    find: (slug: string) =>
      payload.find({ collection: 'roles', where: { slug: { equals: slug } }, overrideAccess: false }).then(({ docs }) => docs),
    byId: (id: string) => payload.findByID({ collection: 'roles', id, overrideAccess: false, disableErrors: true }),
  }

  beforeAll(async () => {
    app = await startTestPayload()
    payload = app.payload
  })
  afterAll(async () => {
    // Deleting the documents removes their files, so a failed test leaves no image behind.
    await payload?.delete({ collection: 'media', where: {} })
    await app?.cleanup()
  })

  describe('media', () => {
    it('stores the uploaded image where it is served from, and removes the file on delete', async () => {
      const image = await payload.create({ collection: 'media', data: { alt: 'Logo' }, file: await tinyPng(`file-${randomUUID()}.png`) })
      const staticDir = app.config.collections.find(({ slug }) => slug === 'media')?.upload.staticDir ?? 'media'
      const stored = path.resolve(staticDir, image.filename ?? '')

      expect(image.url).toBe(`${app.config.serverURL}/api/media/file/${image.filename}`)
      expect(await exists(stored)).toBe(true)

      await payload.delete({ collection: 'media', id: image.id })
      expect(await exists(stored)).toBe(false)
    })
  })

  describe('slugs', () => {
    it.each([
      { collection: 'roles', name: 'Site Reliability Engineer', slug: undefined, expected: 'site-reliability-engineer' },
      { collection: 'roles', name: 'Machine Learning Engineer', slug: '', expected: 'machine-learning-engineer' },
      { collection: 'roles', name: 'Quality Assurance Engineer', slug: 'qa-engineer', expected: 'qa-engineer' },
      { collection: 'tools', name: 'C++ & Rust', slug: undefined, expected: 'c-plus-plus-and-rust' },
      { collection: 'tools', name: 'Node.js', slug: '', expected: 'node-js' },
      { collection: 'tools', name: 'Amazon Web Services', slug: 'aws', expected: 'aws' },
    ] as const)('$collection: name $name with slug $slug is stored with slug $expected', async ({ collection, name, slug, expected }) => {
      const doc =
        collection === 'roles'
          ? await createRole({ name, slug })
          : await payload.create({ collection, data: { name, slug, url: 'https://example.com', category: 'language' } })
      expect(doc.slug).toBe(expected)
    })

    it('follow the name through autosaves until the first publish, unless typed by hand', async () => {
      // What the admin sends: it creates an empty draft, then autosaves the form, which takes the slug
      // the server derived back into its untouched slug field.
      const autosave = async (id: string, data: Partial<Role>) =>
        (await payload.update({ collection: 'roles', id, data, draft: true, autosave: true })).slug
      const { id } = await payload.create({ collection: 'roles', draft: true, data: {} })
      expect(await autosave(id, { name: 'Chaos Eng', slug: '' })).toBe('chaos-eng')
      expect(await autosave(id, { name: 'Chaos Engineer', slug: 'chaos-eng' })).toBe('chaos-engineer')

      await payload.update({
        collection: 'roles',
        id,
        data: { slug: 'chaos-engineer', primaryFocus: 'Resilience', keyResponsibility: 'Break things on purpose', _status: 'published' },
      })
      // Published: the address stays where visitors and links know it.
      expect(await autosave(id, { name: 'Chaos Engineering Lead', slug: 'chaos-engineer' })).toBe('chaos-engineer')

      const typed = await payload.create({ collection: 'roles', draft: true, data: {} })
      expect(await autosave(typed.id, { name: 'Game Developer', slug: 'games' })).toBe('games')
      expect(await autosave(typed.id, { name: 'Game Engine Developer', slug: 'games' })).toBe('games')
    })
  })

  describe('toolkit name and alternatives heading', () => {
    it.each([
      {
        given: 'both empty',
        data: {},
        expected: { toolkitName: 'Security Engineer Toolkit', alternativesHeading: 'Why look beyond Security Engineer Toolkit' },
      },
      {
        given: 'both blank strings',
        data: { toolkitName: '', alternativesHeading: '' },
        expected: { toolkitName: 'Security Engineer Toolkit', alternativesHeading: 'Why look beyond Security Engineer Toolkit' },
      },
      {
        given: 'an explicit toolkit name',
        data: { toolkitName: 'The Security Kit' },
        expected: { toolkitName: 'The Security Kit', alternativesHeading: 'Why look beyond The Security Kit' },
      },
      {
        given: 'an explicit heading',
        data: { alternativesHeading: 'Other paths into security' },
        expected: { toolkitName: 'Security Engineer Toolkit', alternativesHeading: 'Other paths into security' },
      },
      {
        given: 'both explicit',
        data: { toolkitName: 'The Security Kit', alternativesHeading: 'Other paths into security' },
        expected: { toolkitName: 'The Security Kit', alternativesHeading: 'Other paths into security' },
      },
    ])('given $given, stores $expected.toolkitName / $expected.alternativesHeading', async ({ data, expected }) => {
      const role = await createRole({ name: 'Security Engineer', slug: `security-${randomUUID().slice(0, 8)}`, ...data })
      expect(await payload.findByID({ collection: 'roles', id: role.id })).toMatchObject(expected)
    })

    it('keeps an explicit toolkit name and heading through an edit that does not send them', async () => {
      const role = await createRole({ toolkitName: 'Kept Kit', alternativesHeading: 'Kept heading' })
      await payload.update({ collection: 'roles', id: role.id, data: { tagline: 'A new tagline' } })
      expect(await payload.findByID({ collection: 'roles', id: role.id })).toMatchObject({
        toolkitName: 'Kept Kit',
        alternativesHeading: 'Kept heading',
        tagline: 'A new tagline',
      })
    })
  })

  describe('orders editors choose', () => {
    it('lists Common Tools in the order given, and in the new order after a reorder', async () => {
      const [go, docker, postgres, redis] = await Promise.all(['Go', 'Docker', 'PostgreSQL', 'Redis'].map(createTool))
      const order = [redis!.id, go!.id, postgres!.id, docker!.id]
      const role = await createRole({ commonTools: order })
      const commonTools = async () => (await payload.findByID({ collection: 'roles', id: role.id, depth: 0 })).commonTools

      expect(await commonTools()).toEqual(order)
      await payload.update({ collection: 'roles', id: role.id, data: { commonTools: [...order].reverse() } })
      expect(await commonTools()).toEqual([...order].reverse())
    })

    it('stores a reversed ranking of alternatives, each row keeping its own pitch, and shows it to visitors', async () => {
      const ranked = await Promise.all(['First', 'Second', 'Third'].map((name) => createRole({ name: `${name} Alternative` })))
      const page = await createRole({
        alternatives: ranked.map(({ id, name }) => ({ role: id, pitch: `Pitch for ${name}`, adjacency: 'Adjacent' })),
      })
      const stored = (await payload.findByID({ collection: 'roles', id: page.id, depth: 0 })).alternatives ?? []

      await payload.update({ collection: 'roles', id: page.id, data: { alternatives: [...stored].reverse() } })

      const visible = await anonymousRead.byId(page.id)
      expect(visible?.alternatives?.map(({ role, pitch }) => [idOf(role), pitch])).toEqual(
        [...ranked].reverse().map(({ id, name }) => [id, `Pitch for ${name}`]),
      )
    })
  })

  describe('empty fields', () => {
    // MongoDB stores nothing for a field left empty where SQLite stores NULL; Payload passes that on.
    // Reads must not differ: a client that saves back what it read, or a restored version, has to
    // clear what was filled in since on both databases, not keep it on one.
    const emptyOptionalFields = {
      tagline: null,
      commonTools: [],
      learnMore: { tool: null, label: null },
      meta: { title: null, description: null },
    }
    const filledIn = async () => {
      const tool = await createTool(`Filled ${randomUUID().slice(0, 8)}`)
      return {
        tagline: 'Filled in later',
        commonTools: [tool.id],
        learnMore: { tool: tool.id, label: 'Learn more' },
        meta: { title: 'A title', description: 'A description' },
      }
    }

    it('reads an empty field as null and an empty list as [], in groups and ranking rows too', async () => {
      const alternative = await createRole()
      const role = await createRole({ alternatives: [{ role: alternative.id, pitch: 'Pitch', adjacency: 'Adjacent' }] })

      expect(await payload.findByID({ collection: 'roles', id: role.id, depth: 0 })).toMatchObject({
        ...emptyOptionalFields,
        summary: null,
        bestFor: [],
        alternatives: [{ bestFor: [], learnMore: { tool: null, label: null } }],
      })
      const tool = await createTool(`Bare ${randomUUID().slice(0, 8)}`)
      expect(await payload.findByID({ collection: 'tools', id: tool.id, depth: 0 })).toMatchObject({ description: null, logo: null })
    })

    it('saving back an earlier read clears what was filled in since, in groups and ranking rows too', async () => {
      const alternative = await createRole()
      const role = await createRole({ alternatives: [{ role: alternative.id, pitch: 'Pitch', adjacency: 'Adjacent' }] })
      const { id, ...earlier } = await payload.findByID({ collection: 'roles', id: role.id, depth: 0 })
      const filled = await filledIn()
      await payload.update({
        collection: 'roles',
        id,
        data: { ...filled, alternatives: earlier.alternatives?.map((row) => ({ ...row, learnMore: filled.learnMore })) },
      })

      await payload.update({ collection: 'roles', id, data: earlier })

      expect(await payload.findByID({ collection: 'roles', id, depth: 0 })).toMatchObject({
        ...emptyOptionalFields,
        alternatives: [{ learnMore: { tool: null, label: null } }],
      })
    })

    it('restoring an earlier version clears what was filled in since', async () => {
      const role = await createRole()
      const [firstVersion] = (await payload.findVersions({ collection: 'roles', where: { parent: { equals: role.id } }, depth: 0 })).docs
      await payload.update({ collection: 'roles', id: role.id, data: await filledIn() })

      await payload.restoreVersion({ collection: 'roles', id: String(firstVersion!.id), depth: 0 })

      expect(await payload.findByID({ collection: 'roles', id: role.id, depth: 0 })).toMatchObject(emptyOptionalFields)
    })
  })

  describe('drafts', () => {
    it('keeps a role saved as a draft from anonymous readers until it is published', async () => {
      const draft = await createRole({ name: 'Draft Only Role', slug: 'draft-only-role' }, { draft: true })

      expect(await anonymousRead.find('draft-only-role')).toEqual([])
      expect(await anonymousRead.byId(draft.id)).toBeNull()

      await payload.update({ collection: 'roles', id: draft.id, data: { _status: 'published' } })

      expect((await anonymousRead.find('draft-only-role')).map(({ name }) => name)).toEqual(['Draft Only Role'])
      expect(await anonymousRead.byId(draft.id)).toMatchObject({ name: 'Draft Only Role', _status: 'published' })
    })

    it('shows anonymous readers the published version of a role while a draft edit is pending', async () => {
      const role = await createRole({ slug: 'published-then-drafted', tagline: 'Published tagline' })

      await payload.update({ collection: 'roles', id: role.id, draft: true, data: { tagline: 'Draft tagline' } })

      expect((await anonymousRead.byId(role.id))?.tagline).toBe('Published tagline')
      expect((await anonymousRead.find('published-then-drafted')).map(({ tagline }) => tagline)).toEqual(['Published tagline'])
      expect((await payload.findByID({ collection: 'roles', id: role.id, draft: true })).tagline).toBe('Draft tagline')

      await payload.update({ collection: 'roles', id: role.id, data: { _status: 'published' } })

      expect((await anonymousRead.byId(role.id))?.tagline).toBe('Draft tagline')
      expect((await anonymousRead.find('published-then-drafted')).map(({ tagline }) => tagline)).toEqual(['Draft tagline'])
    })
  })
})
