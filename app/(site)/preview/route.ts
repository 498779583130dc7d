import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { isStaff } from '@/access/isStaff'
import { getUserFromHeaders } from '@/lib/currentUser'
import { env } from '@/lib/env'
import { secretsMatch } from '@/security/secrets'
import { validateSitePath } from '@/fields/validators'

/**
 * GET /preview?path=/toolkits/x&secret=…: shows drafts on the public pages to a signed-in editor.
 * Refused without the secret (401), without a signed-in staff user (403) or with a path that is not
 * on this site (400, so it cannot become an open redirect).
 */
export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl
  const path = searchParams.get('path') ?? ''
  if (!secretsMatch(searchParams.get('secret'), env.previewSecret)) {
    return new Response('Preview needs the secret from the admin panel’s Preview button.', { status: 401 })
  }
  if (validateSitePath(path) !== true) {
    return new Response('The preview path must be a page on this site, such as /toolkits/devops-engineer.', { status: 400 })
  }
  if (!isStaff({ req: { user: await getUserFromHeaders(request.headers) } })) {
    return new Response('Sign in to the admin panel to preview drafts.', { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
