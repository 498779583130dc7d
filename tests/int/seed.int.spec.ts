import { afterAll, beforeAll, expect, it } from 'vitest'

import { seedContent } from '@/seed/content'
import { seedDatabase } from '@/seed/load'

import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'

const countsOf = async ({ payload }: TestPayload) => ({
  roles: (await payload.count({ collection: 'roles' })).totalDocs,
  tools: (await payload.count({ collection: 'tools' })).totalDocs,
  questions: (await payload.count({ collection: 'decision-questions' })).totalDocs,
})

describeOnDatabase('seed', () => {
  let app: TestPayload

  beforeAll(async () => {
    // Seeds on start, as the quick start does.
    app = await startTestPayload({ seedOnStart: true })
  })
  afterAll(async () => app?.cleanup())

  it('fills an empty database with the document on start: 7 roles, every tool, 6 questions', async () => {
    expect(await countsOf(app)).toEqual({
      roles: 7,
      tools: seedContent.tools.length,
      questions: 6,
    })
  })

  it('publishes the Backend Architect page with its six alternatives in the document’s order', async () => {
    const { docs } = await app.payload.find({
      collection: 'roles',
      where: { slug: { equals: 'backend-architect' } },
      depth: 1,
      overrideAccess: false,
    })
    const page = docs[0]
    expect(page?._status).toBe('published')
    expect(page?.alternatives?.map(({ role }) => (typeof role === 'object' ? role.name : role))).toEqual([
      'DevOps Engineer',
      'Backend Engineer',
      'Data Engineer',
      'Full Stack Developer',
      'Cloud Architect',
      'ML Engineer',
    ])
  })

  it('creates nothing twice when run again', async () => {
    const before = await countsOf(app)
    const report = await seedDatabase(app.payload, seedContent)
    expect(report.created).toEqual({ tools: 0, roles: 0, decisionQuestions: 0 })
    expect(await countsOf(app)).toEqual(before)
  })

  it('keeps an editor’s extra role and edited tagline through a re-seed, and restores only what is missing', async () => {
    const { payload } = app
    const devops = (await payload.find({ collection: 'roles', where: { slug: { equals: 'devops-engineer' } } })).docs[0]!
    await payload.update({ collection: 'roles', id: devops.id, data: { tagline: 'Edited by an editor' } })
    await payload.create({
      collection: 'roles',
      data: { name: 'Site Reliability Engineer', primaryFocus: 'Reliability', keyResponsibility: 'Keep services up', _status: 'published' },
    })
    const docker = (await payload.find({ collection: 'tools', where: { slug: { equals: 'docker' } } })).docs[0]!
    await payload.delete({ collection: 'decision-questions', where: { recommends: { equals: devops.id } } })

    const report = await seedDatabase(payload, seedContent)

    expect(report.created).toEqual({ tools: 0, roles: 0, decisionQuestions: 1 })
    const devopsAfter = await payload.findByID({ collection: 'roles', id: devops.id })
    expect(devopsAfter.tagline).toBe('Edited by an editor')
    expect((await payload.find({ collection: 'roles', where: { slug: { equals: 'site-reliability-engineer' } } })).totalDocs).toBe(1)
    expect((await payload.findByID({ collection: 'tools', id: docker.id })).name).toBe('Docker')
    expect(await countsOf(app)).toEqual({ roles: 8, tools: seedContent.tools.length, questions: 6 })
  })
})
