import type { CollectionBeforeValidateHook } from 'payload'

import type { Role } from '@/payload-types'

type Defaultable = 'toolkitName' | 'alternativesHeading'

/**
 * Fills "<name> Toolkit" and "Why look beyond <toolkit name>" when an editor leaves them empty. A
 * partial update that does not send the field leaves the stored value alone.
 */
export const fillRoleDefaults: CollectionBeforeValidateHook<Role> = ({ data, originalDoc }) => {
  if (!data) return data
  const name = data.name ?? originalDoc?.name
  if (!name) return data
  const isEmpty = (field: Defaultable) => (field in data ? !data[field] : !originalDoc?.[field])
  const toolkitName = isEmpty('toolkitName') ? `${name} Toolkit` : (data.toolkitName ?? originalDoc?.toolkitName)
  return {
    ...data,
    ...(isEmpty('toolkitName') && { toolkitName }),
    ...(isEmpty('alternativesHeading') && { alternativesHeading: `Why look beyond ${toolkitName}` }),
  }
}
