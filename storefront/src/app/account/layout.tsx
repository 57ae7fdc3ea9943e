import type { ReactNode } from "react"

import { type Me, personName } from "@/lib/account"
import { accountGet } from "@/lib/session"

import { resetCounterparty, signOut, switchCounterparty } from "../login/actions"

export const dynamic = "force-dynamic"

/** The buyer's account: who is signed in, for which counterparty, and the account's sections. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const me = await accountGet<Me>("/store/b2b/me")
  if (!me.ok) {
    return (
      <section>
        <h1>Личный кабинет</h1>
        <div className="error-box" role="alert" data-testid="account-error">
          <strong>Кабинет недоступен</strong>
          <p>{me.message}</p>
          {me.status === 404 && (
            <form action={resetCounterparty}>
              <button type="submit">Вернуться к основному контрагенту</button>
            </form>
          )}
          {me.status === 403 && (
            <p>
              Ваша учётная запись не привязана к компании: обратитесь к владельцу аккаунта компании
              или к менеджеру.
            </p>
          )}
        </div>
        <form action={signOut}>
          <button type="submit">Выйти</button>
        </form>
      </section>
    )
  }
  const { active_counterparty: active, memberships } = me.data
  return (
    <section className="account">
      <div className="account-head">
        <div>
          <h1>Личный кабинет</h1>
          <p className="muted" data-testid="account-person">
            {personName(me.data)} · {active.role_name}
            {me.data.impersonated_by && " · вход от имени покупателя (менеджер)"}
          </p>
        </div>
        <form action={signOut}>
          <button type="submit" className="secondary" data-testid="sign-out">
            Выйти
          </button>
        </form>
      </div>
      <div className="counterparty">
        <span>Контрагент:</span>
        {memberships.length > 1 ? (
          <form action={switchCounterparty} className="inline-form">
            <input type="hidden" name="back" value="/account" />
            <select
              name="legal_entity_id"
              defaultValue={active.legal_entity_id}
              aria-label="Контрагент"
              data-testid="counterparty-select"
            >
              {memberships.map((m) => (
                <option key={m.legal_entity_id} value={m.legal_entity_id}>
                  {m.legal_entity_name} ({m.role_name})
                </option>
              ))}
            </select>
            <button type="submit" className="secondary">
              Переключить
            </button>
          </form>
        ) : (
          <strong data-testid="counterparty-name">{active.legal_entity_name}</strong>
        )}
        {active.legal_entity_status === "blocked" && (
          <span className="badge badge-red">заблокирован</span>
        )}
      </div>
      <nav className="tabs">
        <a href="/account">Обзор</a>
        <a href="/account/orders">Заказы</a>
        <a href="/account/documents">Документы</a>
      </nav>
      {children}
    </section>
  )
}
