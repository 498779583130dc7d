import type { PayloadRequest } from 'payload'

import { lastRankingPublish } from '@/lib/activity'

import { PublishedAt, PublishedBy, versionHref } from './PublishRecord'

/** A role's sidebar line: who put the live ranking in its order, and when (components/admin/PublishRecord.tsx). */
export async function RankingLastPublishedField({ id, req }: { id?: number | string; req: PayloadRequest }) {
  const publish = id === undefined ? undefined : await lastRankingPublish(req, String(id))
  return (
    <section className="field-type ranking-last-published" aria-labelledby="ranking-last-published-heading">
      <h3 id="ranking-last-published-heading" className="field-label">
        Live ranking
      </h3>
      {publish ? (
        <p>
          Published in this order by <PublishedBy publish={publish} /> on <PublishedAt publish={publish} />.{' '}
          <a href={versionHref(req.payload.config.routes.admin, publish)}>See that version</a>
        </p>
      ) : (
        <p>Not published yet.</p>
      )}
    </section>
  )
}
