import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { HOME_PATH } from '@/lib/paths'
import { validateSitePath } from '@/fields/validators'

/** GET /preview/exit?path=…: back to the published site, on the same page. */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? HOME_PATH
  ;(await draftMode()).disable()
  redirect(validateSitePath(path) === true ? path : HOME_PATH)
}
