import { test } from '@playwright/test'
import fs from 'node:fs'

test('explore', async ({ page, request }) => {
  const res = await request.get('/api/roles?where[slug][equals]=backend-architect&depth=0')
  const { docs } = await res.json()
  const id = docs[0].id
  fs.writeFileSync('/tmp/explore/role.json', JSON.stringify(docs[0], null, 2))
  await page.goto(`/admin/collections/roles/${id}`)
  await page.getByRole('button', { name: 'Publish changes' }).waitFor()
  fs.writeFileSync('/tmp/explore/edit.yaml', await page.locator('body').ariaSnapshot())
  await page.getByRole('button', { name: 'Alternatives page' }).or(page.getByRole('tab', { name: 'Alternatives page' })).first().click()
  await page.waitForTimeout(1500)
  fs.writeFileSync('/tmp/explore/alt.yaml', await page.locator('body').ariaSnapshot())
  fs.writeFileSync('/tmp/explore/alt.html', await page.content())
  await page.screenshot({ path: '/tmp/explore/alt.png', fullPage: true })
  const h = await request.get('/admin/login', { maxRedirects: 0 })
  fs.writeFileSync('/tmp/explore/headers.json', JSON.stringify({ admin: h.headers(), home: (await request.get('/')).headers() }, null, 2))
})
