'use client'

import { ConfigProvider, PublishButton, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { ClientCollectionConfig, ClientConfig } from 'payload'
import { useMemo } from 'react'

import { mayOnlyReorderRanking } from '@/collections/Roles/access'

/** The collection's config with scheduled publishing off, so Payload's button offers no "Schedule publish". */
function withoutSchedulePublish(config: ClientConfig, slug: string | undefined): ClientConfig {
  const unscheduled = (collection: ClientCollectionConfig): ClientCollectionConfig => {
    const { versions } = collection
    if (collection.slug !== slug || !versions || typeof versions.drafts !== 'object') return collection
    return { ...collection, versions: { ...versions, drafts: { ...versions.drafts, schedulePublish: false } } }
  }
  return { ...config, collections: config.collections.map(unscheduled) }
}

/**
 * Payload's "Publish changes". Editors get it whole. Marketing (collections/Roles/access.ts) gets it
 * without "Schedule publish": the same button under a copy of the config that has scheduling off for
 * this collection (Payload reads that flag from the config only). It also marks marketing's document
 * controls, so app/(payload)/custom.scss hides "Revert to published" in the status, which Payload
 * offers to anyone who may update the document and which no custom component can drop on its own.
 */
export function PublishForMarketing() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const reorderOnly = mayOnlyReorderRanking(user)
  const unscheduledConfig = useMemo(() => withoutSchedulePublish(config, collectionSlug), [config, collectionSlug])
  if (!reorderOnly) return <PublishButton />
  return (
    <>
      <span className="doc-controls__reorder-only" hidden />
      <ConfigProvider config={unscheduledConfig}>
        <PublishButton />
      </ConfigProvider>
    </>
  )
}
