import Link from 'next/link'

import { toolkitPath } from '@/lib/paths'
import type { ComparisonRow } from '@/lib/views'

import { ToolLinks } from '../roles/ToolLinks'
import { sectionHeading } from '../site/styles'

/**
 * A real table (caption, column and row headers) in a labelled, focusable region that scrolls
 * sideways on narrow screens, with the role column kept in view. Its cells are styled once, by
 * `comparison-table` in app/globals.css.
 */
export function ComparisonTable({ rows, pageRoleName }: { rows: ComparisonRow[]; pageRoleName: string }) {
  const captionId = 'comparison-caption'
  const headers = ['Role', 'Primary Focus', 'Key Responsibility', 'Common Tools', `Adjacent to ${pageRoleName}?`]
  return (
    <section aria-labelledby="comparison-heading" className="mt-14">
      <h2 id="comparison-heading" className={sectionHeading}>
        Side-by-side
      </h2>
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="mt-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      >
        <table className="comparison-table w-full min-w-[44rem] border-collapse text-sm">
          <caption id={captionId} className="px-3 py-3 text-left text-slate-600 dark:text-slate-400">
            {`${pageRoleName} compared with its alternatives (scroll sideways on small screens)`}
          </caption>
          <thead>
            <tr>
              {headers.map((header, index) => (
                // Index keys: fixed columns; the text as the key would be sent twice.
                <th key={index} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.role.slug} className={row.isPageRole ? 'bg-sky-50 dark:bg-sky-950' : undefined}>
                <th scope="row">
                  {row.isPageRole ? row.role.name : <Link href={toolkitPath(row.role.slug)}>{row.role.name}</Link>}
                </th>
                <td>{row.primaryFocus}</td>
                <td>{row.keyResponsibility}</td>
                <td>
                  <ToolLinks tools={row.tools} />
                </td>
                <td>{row.adjacency}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
