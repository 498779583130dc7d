/* Payload's GraphQL API, behind the request guard (security/requestGuard.ts: body and query size, depth, fragment cycles). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQLHandler } from '@/security/requestGuard'

export const POST = guardGraphQLHandler(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
