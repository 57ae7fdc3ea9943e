import { redirect } from "next/navigation"

import { isSignedIn } from "@/lib/data/auth"
import { safeNext } from "@/lib/util/account"
import { LoginTemplate } from "@/modules/auth/templates/login-template"

export const dynamic = "force-dynamic"

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; expired?: string }>
}) {
  const sp = await searchParams
  const next = safeNext(sp.next)
  if ((await isSignedIn()) && !sp.expired) redirect(next)
  return <LoginTemplate next={next} expired={!!sp.expired} />
}
