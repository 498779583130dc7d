/**
 * Slug redirects as pure rules, so chains and shadowing are unit-tested without a database.
 * A redirect maps an old public path to the path that replaced it.
 */
export interface RedirectRule {
  from: string
  to: string
}

export interface RedirectPlan {
  /** Redirects to create. */
  create: RedirectRule[]
  /** Existing redirects whose target moves (A→B becomes A→C when B moves to C). */
  retarget: { from: string; to: string }[]
  /** Existing redirects that would shadow a live page, or would point to themselves. */
  remove: string[]
}

/**
 * What to store when the pages at `moves[i].from` now live at `moves[i].to`, given the redirects
 * already stored and the paths that are live pages after the change.
 */
export function planRedirects(
  moves: readonly RedirectRule[],
  existing: readonly RedirectRule[],
  livePaths: ReadonlySet<string>,
): RedirectPlan {
  const targetOf = new Map(moves.map((move) => [move.from, move.to]))
  const plan: RedirectPlan = { create: [], retarget: [], remove: [] }
  const existingFrom = new Set(existing.map((rule) => rule.from))

  for (const rule of existing) {
    const newTarget = targetOf.get(rule.to)
    // A redirect from a path that is a live page again would hide that page; one that would now point
    // to itself (A→B, then B moved back to A) is pointless.
    if (livePaths.has(rule.from) || newTarget === rule.from) {
      plan.remove.push(rule.from)
    } else if (newTarget) {
      // Collapse the chain: A→B and B→C serve A→C directly.
      plan.retarget.push({ from: rule.from, to: newTarget })
    }
  }
  for (const move of moves) {
    if (move.from === move.to || livePaths.has(move.from)) continue
    if (existingFrom.has(move.from) && !plan.remove.includes(move.from)) {
      plan.retarget.push(move)
    } else {
      plan.create.push(move)
    }
  }
  return plan
}
