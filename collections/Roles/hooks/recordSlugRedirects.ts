import type { CollectionAfterChangeHook } from 'payload'

import type { Role } from '@/payload-types'

import { roleAddresses } from '../../../lib/paths'
import { planRedirects } from '../redirectRules'
import { liveDocumentBefore, readLiveDocument } from '../../shared/liveDocument'

const liveBefore = liveDocumentBefore<Role>('slug-redirects')

/**
 * When a published role's slug changes, its old addresses redirect permanently to the new ones; older
 * redirects to the old addresses are pointed straight at the new ones; and no redirect is left on an
 * address that is now a live page.
 */
const recordRedirects: CollectionAfterChangeHook<Role> = async ({ doc, req, context }) => {
  const before = liveBefore.recall(context, 'roles', doc.id)
  const after = await readLiveDocument<Role>('roles', doc.id, req)
  if (after?._status !== 'published' || !after.slug) return doc

  const livePaths = roleAddresses(after.slug)
  const oldSlug = before?._status === 'published' && before.slug !== after.slug ? before.slug : undefined
  const oldPaths = oldSlug ? roleAddresses(oldSlug) : []
  const moves = oldPaths.map((from, index) => ({ from, to: livePaths[index]! }))

  const { docs: existing } = await req.payload.find({
    collection: 'redirects',
    where: { or: [{ to: { in: oldPaths.length ? oldPaths : ['-'] } }, { from: { in: [...livePaths, ...oldPaths] } }] },
    pagination: false,
    depth: 0,
    req,
  })
  const plan = planRedirects(moves, existing, new Set(livePaths))
  const idOf = (from: string) => existing.find((redirect) => redirect.from === from)?.id

  for (const from of plan.remove) {
    await req.payload.delete({ collection: 'redirects', id: idOf(from)!, req })
  }
  for (const { from, to } of plan.retarget) {
    await req.payload.update({ collection: 'redirects', id: idOf(from)!, data: { to }, req })
  }
  for (const redirect of plan.create) {
    await req.payload.create({ collection: 'redirects', data: redirect, req })
  }
  return doc
}

/** Remembers the live role ahead of the write, for the slug it had. */
export const recordSlugRedirects = { beforeChange: liveBefore.remember, afterChange: recordRedirects }
