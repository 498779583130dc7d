import { createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Role, Tool } from '@/payload-types'

import { type ApiClient, createApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens, type StaffRole, TEST_PASSWORD } from './support/users'

type Version<T> = { id: string; updatedAt: string; version: T }

/**
 * Every version names who saved it (fields/savedByField.ts), which no request can choose and only
 * staff can read; the activity view and a role's "Live ranking" line read it (lib/activity.ts).
 * Writes go through the REST and GraphQL route handlers.
 */
describeOnDatabase('who changed what', () => {
  let app: TestPayload
  let api: ApiClient
  let tokens: Record<StaffRole, string>
  let staffIds: Record<StaffRole, string>

  beforeAll(async () => {
    app = await startTestPayload({ seeded: true })
    api = createApiClient(app.config)
    tokens = await createStaffTokens(app.payload, api)
    const { docs } = await app.payload.find({ collection: 'users', depth: 0, pagination: false })
    staffIds = Object.fromEntries(docs.map((user) => [user.userRole, user.id])) as Record<StaffRole, string>
    // Names the activity view shows.
    await app.payload.update({ collection: 'users', id: staffIds.marketing, data: { name: 'Mara Marketing' } })
  })
  afterAll(async () => app?.cleanup())

  const toolBySlug = async (slug: string) =>
    (await app.payload.find({ collection: 'tools', where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs[0]!
  const versionsOf = async <T,>(collection: 'tools' | 'roles', id: string, token = tokens.editor) =>
    (await api.rest<{ docs: Version<T>[] }>('GET', `/${collection}/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0`, { token })).body
      .docs
  const staffReq = async (role: StaffRole) => {
    const user = await app.payload.findByID({ collection: 'users', id: staffIds[role], depth: 0 })
    return createLocalReq({ user: { ...user, collection: 'users' } }, app.payload)
  }

  it('records on each version who saved it, whatever the request claims, through REST and GraphQL', async () => {
    const docker = await toolBySlug('docker')

    const rest = await api.rest<{ doc: Tool }>('PATCH', `/tools/${docker.id}`, {
      token: tokens.editor,
      body: { name: 'Docker Engine', savedBy: staffIds.admin, _status: 'published' },
    })
    expect(rest.status).toBe(200)
    expect((await versionsOf<Tool>('tools', docker.id))[0]?.version.savedBy).toBe(staffIds.editor)

    const gql = await api.gql(
      `mutation { updateTool(id: "${docker.id}", data: { name: "Docker", _status: published }) { name } }`,
      { token: tokens.admin },
    )
    expect(gql.body.errors).toBeUndefined()
    const [byAdmin, byEditor] = await versionsOf<Tool>('tools', docker.id)
    expect([byAdmin?.version.savedBy, byEditor?.version.savedBy]).toEqual([staffIds.admin, staffIds.editor])
  })

  it('shows who saved to staff only: visitors read the published tool without it', async () => {
    const docker = await toolBySlug('docker')
    const asVisitor = await api.rest<Tool>('GET', `/tools/${docker.id}?depth=0`)
    expect(asVisitor.status).toBe(200)
    expect(asVisitor.body).not.toHaveProperty('savedBy')
    const viaGraphql = await api.gql<{ Tool: { savedBy: unknown } }>(`{ Tool(id: "${docker.id}") { name savedBy { email } } }`)
    expect(viaGraphql.body.data?.Tool?.savedBy ?? null).toBeNull()
    expect((await api.rest<Tool>('GET', `/tools/${docker.id}?depth=0`, { token: tokens.marketing })).body.savedBy).toBeDefined()
  })

  it('names marketing as who published a reordered ranking, in the activity and on the role', async () => {
    const { body: { docs } } = await api.rest<{ docs: Role[] }>('GET', '/roles?where[slug][equals]=backend-architect&depth=0', {
      token: tokens.marketing,
    })
    const role = docs[0]!
    const reversed = [...(role.alternatives ?? [])].reverse()
    const publish = await api.rest('PATCH', `/roles/${role.id}`, {
      token: tokens.marketing,
      body: { alternatives: reversed, _status: 'published' },
    })
    expect(publish.status).toBe(200)

    const { lastRankingPublish, recentPublishes } = await import('@/lib/activity')
    const editorReq = await staffReq('editor')
    const [latest] = await recentPublishes(editorReq)
    expect(latest).toMatchObject({ kind: 'Role', title: 'Backend Architect', savedBy: 'Mara Marketing', documentId: role.id })
    expect(await lastRankingPublish(editorReq, role.id)).toMatchObject({ savedBy: 'Mara Marketing', versionId: latest!.versionId })

    // An editor's later publish of another field leaves the ranking marketing's.
    await api.rest('PATCH', `/roles/${role.id}`, { token: tokens.editor, body: { tagline: 'A new tagline', _status: 'published' } })
    expect((await recentPublishes(editorReq))[0]).toMatchObject({ savedBy: 'editor@example.test' })
    expect(await lastRankingPublish(editorReq, role.id)).toMatchObject({ savedBy: 'Mara Marketing', versionId: latest!.versionId })
  })

  it('keeps the versions a deleted account saved, naming no one', async () => {
    const email = 'leaving@example.test'
    const leaving = await app.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, userRole: 'editor' } })
    const token = await api.login(email, TEST_PASSWORD)
    const kubernetes = await toolBySlug('kubernetes')
    await api.rest('PATCH', `/tools/${kubernetes.id}`, { token, body: { url: 'https://kubernetes.io/docs/', _status: 'published' } })

    expect((await api.rest('DELETE', `/users/${leaving.id}`, { token: tokens.admin })).status).toBe(200)
    const [version] = await versionsOf<Tool>('tools', kubernetes.id)
    expect(version?.version.url).toBe('https://kubernetes.io/docs/')
    const { recentPublishes } = await import('@/lib/activity')
    const [latest] = await recentPublishes(await staffReq('editor'))
    expect(latest).toMatchObject({ versionId: version!.id, title: 'Kubernetes', savedBy: undefined })
  })
})
