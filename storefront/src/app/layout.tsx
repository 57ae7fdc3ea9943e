import type { Metadata, Viewport } from "next"
import { type ReactNode, Suspense } from "react"

import { headers } from "next/headers"

import { retrieveHeader } from "@/lib/data/account"
import { isSignedIn } from "@/lib/data/auth"
import { PageLoading } from "@/modules/layout/components/page-loading"
import { SiteLayout } from "@/modules/layout/templates/site-layout"

import "./globals.css"

export const metadata: Metadata = {
  title: "B2B-портал",
  description: "Оптовый каталог для покупателей",
}

/**
 * Every backend read is fresh (buyer-specific prices, carts, orders): the SDK's store calls take no fetch
 * options, so the default is set here — without it a server action's redirect back to /cart rendered the
 * cart from the fetch cache, before the change.
 */
export const fetchCache = "default-no-store"

export const viewport: Viewport = { width: "device-width", initialScale: 1 }

/**
 * The page streams after the header inside one Suspense boundary: without a boundary the whole document was
 * one shell and React could start hydrating before the browser had parsed all of it (hydration error #418 on
 * the catalog page). The boundary sits here rather than in app/loading.tsx: Next keys a loading.tsx boundary
 * by the route segment, and a server action that re-rendered the page (a cookie set, a revalidation) now and
 * then remounted it, losing a form's answer (the quick-order and repeat-order reports) in the browser test.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [signedIn, session, path] = await Promise.all([
    isSignedIn(),
    retrieveHeader(),
    headers().then((h) => h.get("x-b2b-path") ?? "/"),
  ])
  return (
    <html lang="ru">
      <body>
        <SiteLayout signedIn={signedIn} session={session} path={path}>
          <Suspense fallback={<PageLoading />}>{children}</Suspense>
        </SiteLayout>
      </body>
    </html>
  )
}
