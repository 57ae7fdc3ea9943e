import type { Invitation } from "@/lib/data/access"
import type { ApiResult } from "@/types/api"
import { formatDate } from "@/lib/util/account"
import { ErrorBox, Notice } from "@/modules/common/components/feedback"

import { InviteForm } from "../components/invite-form"

const box = "mx-auto mt-6 max-w-lg rounded-lg bg-ui-bg-base p-6 shadow-elevation-card-rest"

/**
 * The page an invitation e-mail links to: who invites to which company with which role, then the password and
 * the consent. A bad, used, revoked or expired link says so in words (never a 404).
 */
export function InviteTemplate({
  token,
  invitation,
  signedIn,
}: {
  token: string
  invitation: ApiResult<Invitation>
  signedIn: boolean
}) {
  if (!invitation.ok)
    return (
      <section className={box}>
        <h1 className="mt-0">Приглашение</h1>
        <ErrorBox testId="invite-invalid">{invitation.message}</ErrorBox>
        <p className="text-sm">
          <a href="/login">Войти</a> · <a href="/register">Подать заявку на подключение</a>
        </p>
      </section>
    )
  const i = invitation.data
  const back = `/login?next=${encodeURIComponent(`/invite?token=${token}`)}`
  return (
    <section className={box}>
      <h1 className="mt-0">Приглашение в B2B-портал</h1>
      <p className="mb-4 text-sm" data-testid="invite-who">
        Вас приглашают в компанию <strong>{i.company_name ?? "—"}</strong> с ролью{" "}
        <strong>{i.role_name ?? "—"}</strong>. Вход по адресу <strong>{i.email}</strong>.
        Приглашение действует до {formatDate(i.expires_at)}.
      </p>
      {i.account_exists && !signedIn ? (
        <Notice testId="invite-sign-in">
          У вас уже есть учётная запись с этим e-mail. <a href={back}>Войдите</a>, чтобы
          присоединиться к компании.
        </Notice>
      ) : (
        <InviteForm token={token} email={i.email} accountExists={i.account_exists} />
      )}
    </section>
  )
}
