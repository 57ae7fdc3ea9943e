import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"

import { isSignedIn } from "@/lib/data/auth"
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body>
        <SiteLayout signedIn={await isSignedIn()}>{children}</SiteLayout>
      </body>
    </html>
  )
}
