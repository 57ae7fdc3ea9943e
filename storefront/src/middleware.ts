import { type NextRequest, NextResponse } from "next/server"

import { expiredLogin, tokenState } from "./lib/util/session"

/** Request header carrying the page asked for, so a layout can send the buyer back to it after login. */
export const PATH_HEADER = "x-b2b-path"
const TOKEN_COOKIE = "b2b_token"

/** Pages that need a session: without the cookie the buyer goes to the login page and back afterwards. */
const guarded = (path: string) =>
  path === "/cart" || path === "/account" || path.startsWith("/account/")

/**
 * Every page: a token that has expired is dropped (from this request and the browser) and the buyer sent to
 * sign in and back to the page asked for — on the catalog too, not only the account; a token the backend
 * refuses although it looks alive (or one that is no JWT at all) is caught by the data layer, which sends to
 * `/login?…&expired=1`, where the cookie is dropped here. Account and cart pages need a session. The page
 * asked for goes on in `x-b2b-path`.
 */
export function middleware(req: NextRequest) {
  const { pathname, search } = req.nextUrl
  const wanted = `${pathname}${search}`
  const token = req.cookies.get(TOKEN_COOKIE)?.value
  // a token that is no JWT at all is the data layer's (lib/data/fetch.ts): it sends to sign in before any call
  const stale = !!token && tokenState(token) === "expired"
  const onLogin = pathname === "/login"
  if (stale && !onLogin) {
    const r = NextResponse.redirect(new URL(expiredLogin(wanted), req.url))
    r.cookies.delete(TOKEN_COOKIE)
    return r
  }
  if (!token && guarded(pathname)) {
    const login = new URL("/login", req.url)
    login.searchParams.set("next", wanted)
    return NextResponse.redirect(login)
  }
  const drop = !!token && onLogin && (stale || req.nextUrl.searchParams.has("expired"))
  // the page rendered for this request must not see the dropped token either
  if (drop) req.cookies.delete(TOKEN_COOKIE)
  const headers = new Headers(req.headers)
  headers.set(PATH_HEADER, wanted)
  const r = NextResponse.next({ request: { headers } })
  if (drop) r.cookies.delete(TOKEN_COOKIE)
  return r
}

export const config = {
  // every page; not Next's assets, the health check or the document download route's files
  matcher: ["/((?!_next/|health|favicon\\.ico|.*\\.(?:png|jpg|jpeg|svg|ico|webp|css|js|txt)$).*)"],
}
