import { ResetConfirmTemplate } from "@/modules/auth/templates/reset-template"

export const dynamic = "force-dynamic"

export default async function ResetConfirmPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}) {
  const sp = await searchParams
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "")
  return <ResetConfirmTemplate token={one(sp.token)} email={one(sp.email)} />
}
