import type { ReactNode } from "react"

import type { HeaderSession } from "@/lib/data/account"

import { SiteHeader } from "../components/site-header"

export function SiteLayout({
  signedIn,
  session,
  path,
  children,
}: {
  signedIn: boolean
  session: HeaderSession | null
  path: string
  children: ReactNode
}) {
  return (
    <>
      <SiteHeader signedIn={signedIn} session={session} path={path} />
      <main className="mx-auto max-w-page px-4 pb-16 sm:px-5">{children}</main>
    </>
  )
}
