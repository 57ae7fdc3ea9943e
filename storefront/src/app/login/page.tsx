import { redirect } from "next/navigation"

import { safeNext } from "@/lib/account"
import { isSignedIn } from "@/lib/session"

import { LoginForm } from "./login-form"

export const dynamic = "force-dynamic"

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; expired?: string }>
}) {
  const sp = await searchParams
  const next = safeNext(sp.next)
  if ((await isSignedIn()) && !sp.expired) redirect(next)
  return (
    <section className="narrow">
      <h1>Вход для покупателей</h1>
      {sp.expired && <p className="notice">Сессия истекла: войдите снова.</p>}
      <LoginForm next={next} />
      <p className="muted">
        Нет доступа? Попросите владельца аккаунта компании прислать приглашение или обратитесь к
        менеджеру.
      </p>
    </section>
  )
}
