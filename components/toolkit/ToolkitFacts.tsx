import type { ToolkitPageView } from '@/lib/views'

import { ToolLinks } from '../roles/ToolLinks'

export function ToolkitFacts({ page }: { page: ToolkitPageView }) {
  const facts = [
    { term: 'Primary Focus', detail: page.primaryFocus },
    { term: 'Key Responsibility', detail: page.keyResponsibility },
    { term: 'Common Tools', detail: <ToolLinks tools={page.tools} /> },
  ]
  return (
    <dl className="mt-8 grid gap-4 *:rounded-lg *:border *:border-slate-200 *:p-4 sm:grid-cols-3 dark:*:border-slate-800">
      {facts.map(({ term, detail }) => (
        <div key={term}>
          <dt className="text-sm font-semibold text-slate-600 dark:text-slate-400">{term}</dt>
          <dd className="mt-1">{detail}</dd>
        </div>
      ))}
    </dl>
  )
}
