'use client'

import { UnpublishButton, useAuth } from '@payloadcms/ui'

import { mayOnlyReorderRanking } from '@/collections/Roles/access'

/** Payload's "Unpublish", for those who may take a role offline: not marketing (collections/Roles/access.ts). */
export function UnpublishForEditors() {
  const { user } = useAuth()
  return mayOnlyReorderRanking(user) ? null : <UnpublishButton />
}
