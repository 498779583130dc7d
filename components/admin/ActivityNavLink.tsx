import type { ServerProps } from 'payload'

import { ACTIVITY_PATH } from './activityPath'

/** The navigation's link to the activity view (components/admin/ActivityView.tsx). */
export function ActivityNavLink({ payload }: ServerProps) {
  return (
    <a className="nav__link activity-nav-link" href={`${payload.config.routes.admin}${ACTIVITY_PATH}`}>
      Recent publishes
    </a>
  )
}
