'use client'

import { useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { idOf } from '@/lib/relationships'

interface AlternativeRow {
  role?: string | { id: string; name?: string } | null
}

/** Labels each ranking row with its rank and role ("2. Backend Engineer") instead of "Alternative 02". */
export function AlternativeRowLabel() {
  const { data, rowNumber = 0 } = useRowLabel<AlternativeRow>()
  const roleId = idOf(data?.role)
  const populatedName = typeof data?.role === 'object' ? data.role?.name : undefined
  const [fetchedName, setFetchedName] = useState<{ id: string; name: string }>()

  useEffect(() => {
    if (!roleId || populatedName) return
    const controller = new AbortController()
    fetch(`/api/roles/${roleId}?depth=0&draft=true&select[name]=true`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((role: { name?: string } | undefined) => {
        if (role?.name) setFetchedName({ id: roleId, name: role.name })
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [roleId, populatedName])

  const name = populatedName ?? (fetchedName && fetchedName.id === roleId ? fetchedName.name : undefined)
  return (
    <span>
      {rowNumber + 1}. {name ?? (roleId ? 'Loading…' : 'Choose a role')}
    </span>
  )
}
