/* Payload's REST API, behind the request guard (security/requestGuard.ts: body size, content type, JSON shape, query bounds). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardRestHandler } from '@/security/requestGuard'

export const GET = guardRestHandler(REST_GET(config))
export const POST = guardRestHandler(REST_POST(config))
export const DELETE = guardRestHandler(REST_DELETE(config))
export const PATCH = guardRestHandler(REST_PATCH(config))
export const PUT = guardRestHandler(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
