import Link from 'next/link'
import type { ReactNode } from 'react'

import { toolkitPath } from '@/lib/paths'
import type { ComparisonRow } from '@/lib/views'

import { ToolLinks } from '../roles/ToolLinks'

/** What every comparison shows of a role; the page's own role (if any) is highlighted, not linked. */
type TableRow = Pick<ComparisonRow, 'role' | 'primaryFocus' | 'keyResponsibility' | 'tools'> & { isPageRole?: boolean }

/** A column after the shared ones: the alternatives page's "Adjacent to", a comparison's Best for. */
export interface ExtraColumn<Row> {
  header: string
  cell: (row: Row) => ReactNode
}

/**
 * A real table (caption, column and row headers) in a labelled, focusable region that scrolls
 * sideways on narrow screens, with the role column kept in view. Its cells are styled once, by
 * `comparison` in app/globals.css. The alternatives page and the comparison pages share it.
 */
export function ComparisonTable<Row extends TableRow>({ rows, caption, extraColumns }: { rows: Row[]; caption: string; extraColumns: ExtraColumn<Row>[] }) {
  const captionId = 'comparison-caption'
  const headers = ['Role', 'Primary Focus', 'Key Responsibility', 'Common Tools', ...extraColumns.map(({ header }) => header)]
  return (
    <section aria-labelledby="comparison-heading" className="mt-14">
      <h2 id="comparison-heading">
        Side-by-side
      </h2>
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="comparison">
        <table>
          <caption id={captionId}>
            {`${caption} (scroll sideways on small screens)`}
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
              <tr key={row.role.slug} {...(row.isPageRole && { className: 'page-role' })}>
                <th scope="row">
                  {row.isPageRole ? row.role.name : <Link href={toolkitPath(row.role.slug)}>{row.role.name}</Link>}
                </th>
                <td>{row.primaryFocus}</td>
                <td>{row.keyResponsibility}</td>
                <td>
                  <ToolLinks tools={row.tools} />
                </td>
                {extraColumns.map(({ cell }, index) => (
                  <td key={index}>{cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
