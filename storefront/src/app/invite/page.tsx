import { lookupInvitation } from "@/lib/data/access"
import { isSignedIn } from "@/lib/data/auth"
import { InviteTemplate } from "@/modules/auth/templates/invite-template"

export const dynamic = "force-dynamic"

export default async function InvitePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>
}) {
  const raw = (await searchParams).token
  const token = typeof raw === "string" ? raw : ""
  const [invitation, signedIn] = await Promise.all([lookupInvitation(token), isSignedIn()])
  return <InviteTemplate token={token} invitation={invitation} signedIn={signedIn} />
}
