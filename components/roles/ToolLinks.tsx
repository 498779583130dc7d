import type { ToolLink } from '@/lib/views'

import { textLink } from '../site/styles'

/** Tools as a comma-separated run of links to their official sites. */
export function ToolLinks({ tools }: { tools: ToolLink[] }) {
  if (tools.length === 0) return <span className="text-slate-500">—</span>
  return (
    <>
      {tools.map((tool, index) => (
        <span key={tool.url}>
          {index > 0 && ', '}
          <a href={tool.url} className={textLink}>
            {tool.name}
          </a>
        </span>
      ))}
    </>
  )
}
