import {
  GraphQLError,
  Kind,
  parse,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

import { GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_SELECTIONS, GRAPHQL_MAX_TOKENS } from './requestLimits'

/**
 * Checks a GraphQL query before Payload builds its context and runs its validation: bounded parsing,
 * no fragment cycles, bounded depth and a bounded number of selected fields, fragments expanded.
 * Works on the document alone (no schema), so a refusal costs one parse.
 */
export type QueryCheck = { ok: true } | { ok: false; message: string }

const refuse = (message: string): QueryCheck => ({ ok: false, message })

interface Measure {
  depth: number
  selections: number
}

class FragmentCycle extends Error {}

function isFragment(definition: DefinitionNode): definition is FragmentDefinitionNode {
  return definition.kind === Kind.FRAGMENT_DEFINITION
}

/** Depth and field count of every selection set, each fragment measured once (memoised). */
function measurer(document: DocumentNode) {
  const fragments = new Map(document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment]))
  const measured = new Map<string, Measure>()
  const inProgress = new Set<string>()

  function fragment(name: string): Measure {
    const known = measured.get(name)
    if (known) return known
    const definition = fragments.get(name)
    if (!definition) return { depth: 0, selections: 0 } // GraphQL's own validation reports it.
    if (inProgress.has(name)) throw new FragmentCycle(name)
    inProgress.add(name)
    const result = selectionSet(definition.selectionSet)
    inProgress.delete(name)
    measured.set(name, result)
    return result
  }

  function selectionSet(set: SelectionSetNode | undefined): Measure {
    let depth = 0
    let selections = 0
    for (const selection of set?.selections ?? []) {
      let child: Measure
      if (selection.kind === Kind.FIELD) {
        const inner = selectionSet(selection.selectionSet)
        child = { depth: inner.depth + 1, selections: inner.selections + 1 }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        child = selectionSet(selection.selectionSet)
      } else {
        child = fragment(selection.name.value)
      }
      depth = Math.max(depth, child.depth)
      selections += child.selections
    }
    return { depth, selections }
  }

  return { selectionSet }
}

export function checkGraphQLQuery(query: string): QueryCheck {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_MAX_TOKENS, noLocation: true })
  } catch (error) {
    if (error instanceof GraphQLError) return refuse(`The query could not be parsed: ${error.message}`)
    throw error
  }
  // The schema has no subscription type; graphql-http fails on one instead of refusing it.
  if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')) {
    return refuse('Subscriptions are not supported: send a query or a mutation.')
  }
  const { selectionSet } = measurer(document)
  let deepest = 0
  let selections = 0
  try {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION && !isFragment(definition)) continue
      const measure = selectionSet(definition.selectionSet)
      deepest = Math.max(deepest, measure.depth)
      selections += measure.selections
    }
  } catch (error) {
    if (error instanceof FragmentCycle) return refuse(`Fragment "${error.message}" spreads itself (a fragment cycle).`)
    throw error
  }
  if (deepest > GRAPHQL_MAX_DEPTH) return refuse(`The query is ${deepest} levels deep; the limit is ${GRAPHQL_MAX_DEPTH}.`)
  if (selections > GRAPHQL_MAX_SELECTIONS) {
    return refuse(`The query selects ${selections} fields with its fragments expanded; the limit is ${GRAPHQL_MAX_SELECTIONS}.`)
  }
  return { ok: true }
}

/**
 * GraphQL's validation suggests field and type names ("Did you mean ...?"), which lists the schema
 * to anyone probing it even where introspection is off. The messages keep their first sentence.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '')
}
