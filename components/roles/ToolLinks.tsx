import type { ToolLink } from '@/lib/views'

/** Tools as a comma-separated run of links to their official sites, with no wrapper per tool. */
export function ToolLinks({ tools }: { tools: ToolLink[] }) {
  if (tools.length === 0) return <span className="text-slate-500">—</span>
  // Index keys: a static list with no client state; a URL as the key would be sent a second time.
  return tools.flatMap((tool, index) => [
    ...(index > 0 ? [', '] : []),
    <a key={index} href={tool.url}>
      {tool.name}
    </a>,
  ])
}
