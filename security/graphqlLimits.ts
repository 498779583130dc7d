import {
  GraphQLError,
  Kind,
  BREAK,
  parse,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

import { GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_SELECTIONS, GRAPHQL_MAX_TOKENS, LIST_BOUNDS, outOfBound } from './requestLimits'

/**
 * Checks a GraphQL query before Payload builds its context and runs its validation: bounded parsing,
 * no fragment cycles, bounded depth and a bounded number of selected fields, fragments expanded, and
 * `page` and `limit` arguments within the bounds REST has. Works on the document and its variables
 * (no schema), so a refusal costs one parse.
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

/**
 * Every `page` and `limit` argument, written in the query or passed as a variable (or its default),
 * within LIST_BOUNDS. One outside them is refused as REST refuses it; the rest is GraphQL's to check.
 */
function checkListArguments(document: DocumentNode, variables: Record<string, unknown>): QueryCheck {
  const defaults = new Map<string, ValueNode>()
  visit(document, {
    VariableDefinition: (definition) => {
      if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue)
    },
  })
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.INT) return Number(node.value)
    if (node.kind !== Kind.VARIABLE) return undefined
    const name = node.name.value
    if (name in variables) return variables[name]
    const fallback = defaults.get(name)
    return fallback ? valueOf(fallback) : undefined
  }
  let refusal: QueryCheck = { ok: true }
  visit(document, {
    Argument: (argument) => {
      const bound = LIST_BOUNDS[argument.name.value as keyof typeof LIST_BOUNDS]
      const value = bound && valueOf(argument.value)
      const outside = typeof value === 'number' ? outOfBound(argument.name.value, value, bound) : undefined
      if (!outside) return undefined
      refusal = refuse(outside)
      return BREAK
    },
  })
  return refusal
}

export function checkGraphQLQuery(query: string, variables: Record<string, unknown> = {}): QueryCheck {
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
  return checkListArguments(document, variables)
}

/**
 * GraphQL's validation suggests field and type names ("Did you mean ...?"), which lists the schema
 * to anyone probing it even where introspection is off. The messages keep their first sentence.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '')
}
