import { COMPARE_PARAM, COMPARE_PATH } from '@/lib/paths'
import type { RoleSummary } from '@/lib/views'

type Choice = Pick<RoleSummary, 'slug' | 'name'>

/** Each role once (a role may both rank and be ranked by the page's role), in the order given. */
export function uniqueBySlug(roles: Choice[]): Choice[] {
  return [...new Map(roles.map((role) => [role.slug, role])).values()]
}

interface CompareFormProps {
  roles: Choice[]
  /** Slugs ticked already: the page's own role, or the choice being corrected. */
  checked?: string[]
}

/**
 * "Compare toolkits": a plain GET form (no JavaScript needed) to /compare, which redirects to the
 * comparison's one address, or asks again when fewer than 2 or more than 4 are ticked.
 */
export function CompareForm({ roles, checked = [] }: CompareFormProps) {
  if (roles.length < 2) return null
  return (
    <form action={COMPARE_PATH} method="get" className="mt-14">
      <fieldset>
        <legend>
          <h2>Compare 2 to 4 toolkits</h2>
        </legend>
        {/* Styled once (`choices`) rather than per checkbox: the page sends its markup twice (see app/globals.css). */}
        <p className="choices">
          {roles.map(({ slug, name }, index) => (
            // Index keys: the list never changes in the browser; a slug as the key would be sent twice.
            <label key={index}>
              <input type="checkbox" name={COMPARE_PARAM} value={slug} {...(checked.includes(slug) && { defaultChecked: true })} />
              {name}
            </label>
          ))}
        </p>
      </fieldset>
      <button type="submit" className="button mt-4">
        Compare side by side
      </button>
    </form>
  )
}
