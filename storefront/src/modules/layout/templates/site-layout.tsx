import type { ReactNode } from "react"

import { SiteHeader } from "../components/site-header"

export function SiteLayout({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  return (
    <>
      <SiteHeader signedIn={signedIn} />
      <main className="mx-auto max-w-page px-4 pb-16 sm:px-5">{children}</main>
    </>
  )
}
