import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import { describe, expect, it } from 'vitest'

import { createLocalClock } from '@/cache/generations.mjs'
import { RenderAwareCache } from '@/cache/renderAwareCache.mjs'
import { expireAfterEarlierWork, implicitTagsOf } from '@/cache/renderTracker'
import IsrCacheHandler, { PUBLISH_RECORD } from '@/cache/isrCacheHandler.mjs'

import { renderedPage } from './support/renderedPage'

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

/** What a visitor is served; on a miss Next renders the page anew and stores it, as done here. */
async function htmlOf(key: string) {
  const entry = (await handler.get(key, PAGE)) as { value?: { html?: string } } | null
  if (!entry) await handler.set(key, renderedPage(key, 'rendered anew'), PAGE)
  return entry?.value?.html
}

describe('the ISR cache handler', () => {
  it('treats a page whose render started before its revalidation as expired: the next request renders it anew', async () => {
    const key = '/toolkits/started-before'
    expect(await handler.get(key, PAGE)).toBeNull() // a render starts, reading the old content
    await handler.revalidateTag([`_N_T_${key}`]) // a publish lands meanwhile
    await handler.set(key, renderedPage(key, 'old content'), PAGE)

    expect(await htmlOf(key)).toBeUndefined()
    expect(await htmlOf(key)).toBe('<p>rendered anew</p>')
  })

  it('serves a page whose render started after the revalidation', async () => {
    const key = '/toolkits/started-after'
    await handler.revalidateTag([`_N_T_${key}`])
    expect(await handler.get(key, PAGE)).toBeNull()
    await handler.set(key, renderedPage(key, 'new content'), PAGE)

    expect(await htmlOf(key)).toBe('<p>new content</p>')
  })

  it('hands out a page with the headers it was rendered with: the render’s stamp stays in the cache', async () => {
    const key = '/toolkits/headers'
    await htmlOf(key)
    const entry = await handler.get(key, PAGE)
    expect((entry?.value as { headers: object }).headers).toEqual(renderedPage(key, '').headers)
  })

  it('keeps a render of another page that started before the revalidation', async () => {
    const key = '/toolkits/other-page'
    expect(await handler.get(key, PAGE)).toBeNull()
    await handler.revalidateTag(['_N_T_/toolkits/some-other-page'])
    await handler.set(key, renderedPage(key, 'unrelated content'), PAGE)

    expect(await htmlOf(key)).toBe('<p>unrelated content</p>')
  })

  it('lets a publish wait for the renders that started before it, then expires their pages at once', async () => {
    const key = '/toolkits/in-flight'
    expect(await handler.get(key, PAGE)).toBeNull()
    let expired = false
    const expiring = expireAfterEarlierWork([key]).then(() => (expired = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(expired).toBe(false)

    await handler.set(key, renderedPage(key, 'content read before the publish'), PAGE)
    await expiring
    expect(await htmlOf(key)).toBeUndefined()
  })

  it('keeps a publish waiting while a render that started before it is still being written', async () => {
    // Next hands that render to every request for the page until its files are written.
    let finishWriting = () => {}
    const writing = new Promise<void>((resolve) => (finishWriting = resolve))
    const slowDisk = new IsrCacheHandler({
      fs: {
        ...nodeFs,
        writeFile: async (...args: Parameters<typeof nodeFs.writeFile>) => {
          await writing
          return nodeFs.writeFile(...args)
        },
      },
      dev: false,
      flushToDisk: true,
      serverDistDir: mkdtempSync(path.join(tmpdir(), 'isr-cache-')),
      revalidatedTags: [],
      maxMemoryCacheSize: 10 * 1024 * 1024,
    })
    const key = '/toolkits/slow-disk'
    expect(await slowDisk.get(key, PAGE)).toBeNull()
    let expired = false
    const expiring = expireAfterEarlierWork([key]).then(() => (expired = true))
    const storing = slowDisk.set(key, renderedPage(key, 'content read before the publish'), PAGE)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(expired).toBe(false)

    finishWriting()
    await storing
    await expiring
    expect(expired).toBe(true)
  })

  it('remembers a publish across a restart: a page (or a 404) it revalidated, not requested since, renders anew after it', async () => {
    const serverDistDir = mkdtempSync(path.join(tmpdir(), 'isr-cache-'))
    // Read from disk every time, as a server that has just started does.
    const options = { fs: nodeFs, dev: false, flushToDisk: true, serverDistDir, revalidatedTags: [], maxMemoryCacheSize: 0, _requestHeaders: {} }
    const file = path.join(serverDistDir, PUBLISH_RECORD)
    const serverOn = (clock: ReturnType<typeof createLocalClock>) => new RenderAwareCache(new FileSystemCache(options), clock, options)
    const key = '/compare/a-vs-later-role'

    const clock = createLocalClock({ file })
    const before = serverOn(clock)
    expect(await before.get(key, PAGE)).toBeNull()
    await before.set(key, renderedPage(key, 'not found'), PAGE)
    // The publish, as this clock records it (Next's own record of it is in memory: gone with the process).
    clock.advance([`_N_T_${key}`])

    // Started again: a clock without the record would serve the page from before the publish.
    expect(((await serverOn(createLocalClock()).get(key, PAGE)) as { value: { html: string } }).value.html).toBe('<p>not found</p>')
    const after = serverOn(createLocalClock({ file }))
    expect(await after.get(key, PAGE)).toBeNull()
    await after.set(key, renderedPage(key, 'the comparison'), PAGE)
    expect(((await after.get(key, PAGE)) as { value: { html: string } }).value.html).toBe('<p>the comparison</p>')
  })

  it.each([
    ['/', ['_N_T_/', '_N_T_/index']],
    ['/toolkits/devops-engineer', ['_N_T_/toolkits/devops-engineer']],
    ['/toolkits/devops-engineer/', ['_N_T_/toolkits/devops-engineer']],
  ])('expires %s under the tags revalidatePath uses', (path, tags) => {
    expect(implicitTagsOf(path)).toEqual(tags)
  })
})
