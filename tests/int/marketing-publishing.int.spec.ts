import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Role } from '@/payload-types'

import { type ApiClient, createApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens, type StaffRole } from './support/users'

describeOnDatabase('marketing publishes the ranking and nothing else', () => {
  let app: TestPayload
  let api: ApiClient
  let tokens: Record<StaffRole, string>

  const roleBySlug = async (slug: string, token?: string) => {
    const { body } = await api.rest<{ docs: Role[] }>('GET', `/roles?where[slug][equals]=${slug}&depth=0`, { token })
    return body.docs[0]
  }

  beforeAll(async () => {
    app = await startTestPayload({ seedOnStart: true })
    api = createApiClient(app.config)
    tokens = await createStaffTokens(app.payload, api)
  })
  afterAll(async () => app?.cleanup())

  it('publishes the new order without an editor’s unpublished draft', async () => {
    const page = (await roleBySlug('backend-architect'))!
    const liveTagline = page.tagline
    const draft = await api.rest('PATCH', `/roles/${page.id}?draft=true`, {
      token: tokens.editor,
      body: { tagline: 'An editor’s unfinished tagline' },
    })
    expect(draft.status).toBe(200)

    const reversed = [...(page.alternatives ?? [])].reverse()
    const publish = await api.rest('PATCH', `/roles/${page.id}`, {
      token: tokens.marketing,
      body: { alternatives: reversed, _status: 'published' },
    })
    expect(publish.status).toBe(200)

    const live = (await roleBySlug('backend-architect'))!
    expect(live.alternatives?.map(({ role }) => role)).toEqual(reversed.map(({ role }) => role))
    expect(live.tagline).toBe(liveTagline)
  })

  it('cannot put a role that was never published live by publishing its ranking', async () => {
    const draftRole = await app.payload.create({
      collection: 'roles',
      draft: true,
      data: { name: 'Platform Engineer', primaryFocus: 'Internal platforms', keyResponsibility: 'Build paved roads', _status: 'draft' },
    })
    const devops = (await roleBySlug('devops-engineer'))!

    const publish = await api.rest<{ errors: { message: string }[] }>('PATCH', `/roles/${draftRole.id}`, {
      token: tokens.marketing,
      body: { alternatives: [{ role: devops.id, pitch: 'Closer to delivery', adjacency: 'Related' }], _status: 'published' },
    })

    expect(publish.status).toBe(403)
    expect(publish.body.errors[0]?.message).toMatch(/Ask an editor to publish this role first/)
    expect(await roleBySlug('platform-engineer')).toBeUndefined()
  })
})
