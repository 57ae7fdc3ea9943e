import { headers } from "next/headers"
import type { ReactNode } from "react"

import { retrieveMe } from "@/lib/data/account"
import { AccountLayout } from "@/modules/account/templates/account-layout"

export const dynamic = "force-dynamic"

export default async function Layout({ children }: { children: ReactNode }) {
  const [me, path] = await Promise.all([retrieveMe(), headers().then((h) => h.get("x-b2b-path"))])
  return (
    <AccountLayout me={me} path={path}>
      {children}
    </AccountLayout>
  )
}
