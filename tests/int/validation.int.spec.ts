import { afterAll, beforeAll, it } from 'vitest'
import sharp from 'sharp'
import { REST_POST } from '@payloadcms/next/routes'
import { createApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { createStaffTokens } from './support/users'

describeOnDatabase('scratch', () => {
  let app: TestPayload
  beforeAll(async () => { app = await startTestPayload() })
  afterAll(async () => app?.cleanup())
  it('shapes', async () => {
    const api = createApiClient(app.config)
    const t = await createStaffTokens(app.payload, api)
    const tok = t.editor
    const p = app.payload
    const log = (l: string, r: unknown) => console.log(l, JSON.stringify(r, null, 1))
    await api.rest('POST', '/tools', { token: tok, body: { name: 'Docker', url: 'https://docker.com', category: 'containers' } })
    log('dupname', await api.rest('POST', '/tools', { token: tok, body: { name: 'Docker', slug: 'docker-two', url: 'https://docker.com', category: 'containers' } }))
    log('dupslug draft', await api.rest('POST', '/tools?draft=true', { token: tok, body: { name: 'Docker 3', slug: 'docker', url: 'https://docker.com', category: 'containers' } }))
    log('badurl draft', await api.rest('POST', '/tools?draft=true', { token: tok, body: { name: 'Docker 4', url: 'javascript:alert(1)', category: 'containers' } }))
    const r = await p.create({ collection: 'roles', data: { name: 'R', primaryFocus: 'a', keyResponsibility: 'b', tagline: 'pub', _status: 'published' } })
    await p.update({ collection: 'roles', id: r.id, draft: true, data: { tagline: 'drafty' } })
    log('anon', (await p.findByID({ collection: 'roles', id: r.id, overrideAccess: false })).tagline)
    log('staff draft', (await p.findByID({ collection: 'roles', id: r.id, draft: true })).tagline)
    await p.update({ collection: 'roles', id: r.id, data: { _status: 'published' } })
    log('after publish only status', (await p.findByID({ collection: 'roles', id: r.id, overrideAccess: false })).tagline)
    log('media cfg', app.config.collections.find(c => c.slug === 'media')!.upload)
    const png = await sharp({ create: { width: 2, height: 2, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 1 } } }).png().toBuffer()
    const fd = new FormData()
    fd.append('file', new Blob([png], { type: 'image/png' }), 'x.png')
    fd.append('_payload', JSON.stringify({}))
    const req = new Request('http://localhost:3000/api/media', { method: 'POST', body: fd, headers: { authorization: `JWT ${tok}` } })
    const res = await REST_POST(app.config)(req, { params: Promise.resolve({ slug: ['media'] }) })
    log('media no alt', { s: res.status, b: await res.json() })
    log('mcount', await p.count({ collection: 'media' }))
    log('vc', await p.countVersions({ collection: 'roles' }))
  })
})
