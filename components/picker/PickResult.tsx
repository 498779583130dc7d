import Link from 'next/link'

import { MAX_COMPARED } from '@/lib/compareAddress'
import { comparePath, pickPath, toolkitPath } from '@/lib/paths'
import type { PickedRole, PickResult } from '@/lib/recommend'

/**
 * The picker's answer: the matching toolkits, best first, each with the questions that matched it,
 * a comparison of the best ones with the page's own role, and the answer's address to share.
 * Rendered on the server (the result page) and in the browser (the answer in place), so it has no
 * server-only code.
 */
export function PickResultView({ result, pageRole, answers }: { result: PickResult; pageRole: PickedRole; answers: string[] }) {
  if (!result.answered) {
    return <p>Tick at least one question you answer “yes” to, then ask again: the toolkits that fit you show here.</p>
  }
  const compared = [pageRole, ...result.recommendations.map(({ role }) => role)].slice(0, MAX_COMPARED)
  return (
    <>
      <ol className="mt-4 space-y-4">
        {result.recommendations.map(({ rank, role, matched }) => (
          <li key={role.slug}>
            <Link href={toolkitPath(role.slug)}>{role.toolkitName}</Link>
            {` · ${rank === 1 ? 'best match' : `match ${rank}`}: you said yes to`}
            <ul className="bullets mt-1">
              {matched.map((question, index) => (
                // Index keys: a static list; the text as the key would be sent twice.
                <li key={index}>{question}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={comparePath(compared.map(({ slug }) => slug))}>
          {`Compare ${compared.map(({ name }) => name).join(', ')}`}
        </Link>
        <Link href={pickPath(pageRole.slug, answers)}>Link to this answer</Link>
      </p>
    </>
  )
}
