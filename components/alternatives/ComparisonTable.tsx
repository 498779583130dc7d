import Link from 'next/link'

import { toolkitPath } from '@/lib/paths'
import type { ComparisonRow } from '@/lib/views'

import { ToolLinks } from '../roles/ToolLinks'
import { sectionHeading, textLink } from '../site/styles'

const cell = 'border-b border-slate-200 px-3 py-3 align-top dark:border-slate-800'

/**
 * A real table (caption, column and row headers) in a labelled, focusable region that scrolls
 * sideways on narrow screens, with the role column kept in view.
 */
export function ComparisonTable({ rows, pageRoleName }: { rows: ComparisonRow[]; pageRoleName: string }) {
  const captionId = 'comparison-caption'
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
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <caption id={captionId} className="px-3 py-3 text-left text-slate-600 dark:text-slate-400">
            {pageRoleName} compared with its alternatives (scroll sideways on small screens)
          </caption>
          <thead className="bg-slate-50 dark:bg-slate-900">
            <tr>
              {['Role', 'Primary Focus', 'Key Responsibility', 'Common Tools', `Adjacent to ${pageRoleName}?`].map(
                (header, index) => (
                  <th
                    key={header}
                    scope="col"
                    className={`${cell} font-semibold ${index === 0 ? 'sticky left-0 bg-slate-50 dark:bg-slate-900' : ''}`}
                  >
                    {header}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.role.id} className={row.isPageRole ? 'bg-sky-50 dark:bg-sky-950' : undefined}>
                <th
                  scope="row"
                  className={`${cell} sticky left-0 font-semibold ${row.isPageRole ? 'bg-sky-50 dark:bg-sky-950' : 'bg-white dark:bg-slate-950'}`}
                >
                  {row.isPageRole ? (
                    row.role.name
                  ) : (
                    <Link href={toolkitPath(row.role.slug)} className={textLink}>
                      {row.role.name}
                    </Link>
                  )}
                </th>
                <td className={cell}>{row.primaryFocus}</td>
                <td className={cell}>{row.keyResponsibility}</td>
                <td className={cell}>
                  <ToolLinks tools={row.tools} />
                </td>
                <td className={cell}>{row.adjacency}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
