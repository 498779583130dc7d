import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { recentPublishes } from '@/lib/activity'

import { PublishedAt, PublishedBy, versionHref } from './PublishRecord'

/** /admin/activity: the latest publishes of roles, tools and questions: who, what, when, and the version. */
export async function ActivityView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const publishes = req.user ? await recentPublishes(req) : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Recent publishes</h1>
        <p>What went live on the public site, newest first, and who published it. Open a version to compare it with today’s.</p>
        {publishes.length === 0 ? (
          <p>Nothing has been published yet.</p>
        ) : (
          <table className="activity-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">Version</th>
              </tr>
            </thead>
            <tbody>
              {publishes.map((publish) => (
                <tr key={`${publish.collection}:${publish.versionId}`}>
                  <td>
                    <PublishedAt publish={publish} />
                  </td>
                  <td>
                    {publish.kind}: {publish.title}
                  </td>
                  <td>
                    <PublishedBy publish={publish} />
                  </td>
                  <td>
                    <a href={versionHref(adminRoute, publish)}>Compare</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
