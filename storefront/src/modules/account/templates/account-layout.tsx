import type { ReactNode } from "react"

import type { Me } from "@/types/account"
import type { ApiResult } from "@/types/api"
import { resetCounterparty, signOut } from "@/lib/data/auth"
import { personName } from "@/lib/util/account"
import { ErrorBox } from "@/modules/common/components/feedback"

import { AccountNav } from "../components/account-nav"

/** The buyer's account: who is signed in, for which counterparty, and the account's sections. */
export function AccountLayout({
  me,
  path,
  children,
}: {
  me: ApiResult<Me>
  /** the page asked for (the middleware's x-b2b-path) */
  path: string | null
  children: ReactNode
}) {
  if (!me.ok) {
    return (
      <section>
        <h1>Личный кабинет</h1>
        <ErrorBox testId="account-error">
          <strong>Кабинет недоступен</strong>
          <p className="mt-1">{me.message}</p>
          {me.status === 404 && (
            <form action={resetCounterparty} className="mt-2">
              <button type="submit">Вернуться к основному контрагенту</button>
            </form>
          )}
          {me.status === 403 && (
            <p className="mt-1">
              Ваша учётная запись не привязана к компании: обратитесь к владельцу аккаунта компании
              или к менеджеру.
            </p>
          )}
        </ErrorBox>
        <form action={signOut}>
          <button type="submit">Выйти</button>
        </form>
      </section>
    )
  }
  return (
    <section>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1>Личный кабинет</h1>
          <p className="text-sm text-ui-fg-subtle" data-testid="account-person">
            {personName(me.data)} · {me.data.active_counterparty.role_name}
            {me.data.impersonated_by && " · вход от имени покупателя (менеджер)"}
          </p>
        </div>
        <form action={signOut} className="mt-6">
          <button type="submit" className="secondary" data-testid="sign-out">
            Выйти
          </button>
        </form>
      </div>
      {/* the counterparty switcher is in the header of every page */}
      <AccountNav path={path} />
      {children}
    </section>
  )
}
