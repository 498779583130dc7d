import { NextResponse, type NextRequest } from 'next/server'

/**
 * A public address with malformed percent-encoding (`/toolkits/%ZZ`) is the client's mistake: Next
 * would fail decoding the route parameter while rendering and answer 500. Answer 400 before that.
 * Only the dynamic public routes run this (see `matcher`); every other path skips it.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid percent-encoding.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return NextResponse.next()
}

export const config = { matcher: '/toolkits/:path*' }
