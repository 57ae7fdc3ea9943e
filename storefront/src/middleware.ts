import { type NextRequest, NextResponse } from "next/server"

/** Request header carrying the page asked for, so a layout can send the buyer back to it after login. */
export const PATH_HEADER = "x-b2b-path"

/**
 * Account and cart pages need a session: without the cookie the buyer goes to the login page, which brings
 * them back to the page they asked for. (An expired token is caught when the backend answers 401.)
 */
export function middleware(req: NextRequest) {
  const wanted = `${req.nextUrl.pathname}${req.nextUrl.search}`
  if (!req.cookies.get("b2b_token")?.value) {
    const login = new URL("/login", req.url)
    login.searchParams.set("next", wanted)
    return NextResponse.redirect(login)
  }
  const headers = new Headers(req.headers)
  headers.set(PATH_HEADER, wanted)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ["/account", "/account/:path*", "/cart"] }
