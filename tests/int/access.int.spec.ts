import { expect, it } from 'vitest'
import { createApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload } from './support/testPayload'

describeOnDatabase('scratch', () => {
  it('introspects', async () => {
    const a = await startTestPayload()
    const api = createApiClient(a.config)
    const res = await api.gql(`{ __schema { mutationType { fields { name args { name type { name kind ofType { name } } } } } queryType { fields { name args { name type { name kind ofType { name } } } } } } }`)
    const pick = (fs: any[]) => fs.filter((f) => /Role$|Roles$|^versionsRoles|Media|User$|Users/.test(f.name)).map((f) => `${f.name}(${f.args.map((x: any) => `${x.name}:${x.type.name ?? x.type.ofType?.name}`).join(',')})`)
    console.log(pick((res.body.data as any).__schema.mutationType.fields).join('\n'))
    console.log(pick((res.body.data as any).__schema.queryType.fields).join('\n'))
    const m = await a.payload.db.create({ collection: 'media', data: { alt: 'Logo', filename: 'logo.png', mimeType: 'image/png', filesize: 10, width: 1, height: 1 } })
    console.log(m)
    console.log(JSON.stringify((await api.rest('GET', '/media')).body))
    await a.cleanup()
  })
})
