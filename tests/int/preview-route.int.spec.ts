import { NextRequest } from 'next/server'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { createApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens } from './support/users'

describeOnDatabase('the draft preview route refuses whoever may not see drafts', () => {
  let app: TestPayload
  let editorToken: string
  let previewSecret: string
  let GET: (request: NextRequest) => Promise<Response>

  beforeAll(async () => {
    app = await startTestPayload()
    editorToken = (await createStaffTokens(app.payload, createApiClient(app.config))).editor
    previewSecret = (await import('@/lib/env')).env.previewSecret
    GET = (await import('@/app/(site)/preview/route')).GET
  })
  afterAll(async () => app?.cleanup())

  const previewRequest = ({ secret, path = '/toolkits/devops-engineer', token }: { secret?: string; path?: string; token?: string }) => {
    const url = new URL('http://localhost:3000/preview')
    url.searchParams.set('path', path)
    if (secret !== undefined) url.searchParams.set('secret', secret)
    return new NextRequest(url, { headers: token ? { authorization: `JWT ${token}` } : {} })
  }

  it('refuses a request without the secret, even from a signed-in editor', async () => {
    const response = await GET(previewRequest({ token: editorToken }))
    expect(response.status).toBe(401)
  })

  it('refuses a wrong secret', async () => {
    const response = await GET(previewRequest({ secret: 'guess', token: editorToken }))
    expect(response.status).toBe(401)
  })

  it('refuses the right secret without a signed-in user', async () => {
    const response = await GET(previewRequest({ secret: previewSecret }))
    expect(response.status).toBe(403)
    expect(await response.text()).toMatch(/Sign in to the admin panel/)
  })

  it.each(['https://evil.example/phish', '//evil.example', 'javascript:alert(1)'])(
    'refuses to send anyone to %s (no open redirect)',
    async (path) => {
      const response = await GET(previewRequest({ secret: previewSecret, token: editorToken, path }))
      expect(response.status).toBe(400)
    },
  )
})
