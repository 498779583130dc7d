import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Role } from '@/payload-types'

import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'

describeOnDatabase('slug changes keep old links working', () => {
  let app: TestPayload

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
  })
  afterAll(async () => app?.cleanup())

  const redirects = async () => {
    const { docs } = await app.payload.find({ collection: 'redirects', pagination: false, sort: 'from' })
    return docs.map(({ from, to }) => ({ from, to }))
  }
  const roleBySlug = async (slug: string): Promise<Role> =>
    (await app.payload.find({ collection: 'roles', where: { slug: { equals: slug } } })).docs[0]!
  const renameSlug = (id: string, slug: string) => app.payload.update({ collection: 'roles', id, data: { slug } })

  it('records permanent redirects from both old addresses, then collapses the chain on a second rename', async () => {
    const role = await roleBySlug('data-engineer')
    await renameSlug(role.id, 'data-platform-engineer')
    expect(await redirects()).toEqual([
      { from: '/toolkits/data-engineer', to: '/toolkits/data-platform-engineer' },
      { from: '/toolkits/data-engineer/alternatives', to: '/toolkits/data-platform-engineer/alternatives' },
    ])

    await renameSlug(role.id, 'analytics-engineer')
    expect(await redirects()).toEqual([
      { from: '/toolkits/data-engineer', to: '/toolkits/analytics-engineer' },
      { from: '/toolkits/data-engineer/alternatives', to: '/toolkits/analytics-engineer/alternatives' },
      { from: '/toolkits/data-platform-engineer', to: '/toolkits/analytics-engineer' },
      { from: '/toolkits/data-platform-engineer/alternatives', to: '/toolkits/analytics-engineer/alternatives' },
    ])
  })

  it('never shadows a live page: a role published at an old address takes it back', async () => {
    await app.payload.create({
      collection: 'roles',
      data: { name: 'Data Engineer', slug: 'data-engineer', primaryFocus: 'Pipelines', keyResponsibility: 'Move data', _status: 'published' },
    })
    const froms = (await redirects()).map(({ from }) => from)
    expect(froms).not.toContain('/toolkits/data-engineer')
    expect(froms).not.toContain('/toolkits/data-engineer/alternatives')
    expect(froms).toContain('/toolkits/data-platform-engineer')
  })

  it('records nothing for a draft role or a draft rename', async () => {
    const before = await redirects()
    const role = await roleBySlug('cloud-architect')
    await app.payload.update({ collection: 'roles', id: role.id, draft: true, data: { slug: 'cloud-strategist' } })
    expect(await redirects()).toEqual(before)
  })

  it('refuses a redirect that is not a path on this site, naming the field', async () => {
    await expect(
      app.payload.create({ collection: 'redirects', data: { from: '/toolkits/x', to: 'https://evil.example' } }),
    ).rejects.toThrow(/New address/)
  })
})
