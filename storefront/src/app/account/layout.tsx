import type { ReactNode } from "react"

import { retrieveMe } from "@/lib/data/account"
import { AccountLayout } from "@/modules/account/templates/account-layout"

export const dynamic = "force-dynamic"

export default async function Layout({ children }: { children: ReactNode }) {
  return <AccountLayout me={await retrieveMe()}>{children}</AccountLayout>
}
