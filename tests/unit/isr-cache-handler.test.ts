import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import { describe, expect, it } from 'vitest'

import { waitForEarlierRenders } from '@/cache/renderTracker'
import IsrCacheHandler from '@/cache/isrCacheHandler.mjs'

/**
 * The ISR cache judges a page by when its render started. Driven the way Next drives it: a lookup that
 * finds nothing (or a stale entry) is followed by a render and a `set`; a publish calls `revalidateTag`
 * with the page's implicit tag.
 */
const handler = new IsrCacheHandler({
  fs: nodeFs,
  dev: false,
  flushToDisk: false,
  serverDistDir: mkdtempSync(path.join(tmpdir(), 'isr-cache-')),
  revalidatedTags: [],
  maxMemoryCacheSize: 10 * 1024 * 1024,
})
const PAGE = { kind: 'APP_PAGE' } as const

function renderedPage(path: string, text: string) {
  return {
    kind: 'APP_PAGE',
    html: `<p>${text}</p>`,
    rscData: Buffer.from(text),
    headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_${path}` },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  }
}
const htmlOf = async (key: string) => ((await handler.get(key, PAGE)) as { value?: { html?: string } } | null)?.value?.html

describe('the ISR cache handler', () => {
  it('does not store a render that started before its page was revalidated: the next request renders and stores anew', async () => {
    const key = '/toolkits/started-before'
    expect(await handler.get(key, PAGE)).toBeNull() // a render starts, reading the old content
    await handler.revalidateTag([`_N_T_${key}`]) // a publish lands meanwhile
    await handler.set(key, renderedPage(key, 'old content'), PAGE)

    expect(await htmlOf(key)).toBeUndefined()
    await handler.set(key, renderedPage(key, 'new content'), PAGE)
    expect(await htmlOf(key)).toBe('<p>new content</p>')
  })

  it('stores a render that started after the revalidation', async () => {
    const key = '/toolkits/started-after'
    await handler.revalidateTag([`_N_T_${key}`])
    expect(await handler.get(key, PAGE)).toBeNull()
    await handler.set(key, renderedPage(key, 'new content'), PAGE)

    expect(await htmlOf(key)).toBe('<p>new content</p>')
  })

  it('keeps a render of another page that started before the revalidation', async () => {
    const key = '/toolkits/other-page'
    expect(await handler.get(key, PAGE)).toBeNull()
    await handler.revalidateTag(['_N_T_/toolkits/some-other-page'])
    await handler.set(key, renderedPage(key, 'unrelated content'), PAGE)

    expect(await htmlOf(key)).toBe('<p>unrelated content</p>')
  })

  it('lets a publish wait until the renders that started before it have finished', async () => {
    const key = '/toolkits/in-flight'
    expect(await handler.get(key, PAGE)).toBeNull()
    let waited = false
    const waiting = waitForEarlierRenders().then(() => (waited = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(waited).toBe(false)

    await handler.set(key, renderedPage(key, 'content'), PAGE)
    await waiting
    expect(waited).toBe(true)
  })
})
