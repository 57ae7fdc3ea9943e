import type { Credit } from "@/types/account"
import { creditState } from "@/lib/util/account"
import { formatMoney } from "@/lib/util/format"
import { Facts } from "@/modules/common/components/facts"

/** The counterparty's credit position: limit, debt, overdue, what is left to order on credit. */
export function CreditCard({ credit }: { credit: Credit | null }) {
  const st = creditState(credit)
  if (!credit)
    return (
      <p className="text-sm" data-testid="credit-none">
        {st.label}: заказы оформляются по предоплате или по договору.
      </p>
    )
  const m = (v: string) => formatMoney(v, credit.currency_code)
  return (
    <div
      className={`max-w-lg rounded-lg bg-ui-bg-base p-4 shadow-elevation-card-rest ${st.locked ? "border-l-4 border-ui-border-error" : ""}`}
      data-testid="credit-card"
    >
      <p
        className={`font-semibold ${st.locked ? "text-ui-fg-error" : ""}`}
        data-testid="credit-state"
      >
        {st.label}
      </p>
      <Facts>
        <dt>Кредитный лимит</dt>
        <dd>{m(credit.credit_limit)}</dd>
        <dt>Задолженность</dt>
        <dd data-testid="credit-debt">{m(credit.debt)}</dd>
        <dt>Просрочено</dt>
        <dd>{m(credit.overdue)}</dd>
        <dt>В неоплаченных заказах</dt>
        <dd>{m(credit.open_orders)}</dd>
        <dt>Доступно</dt>
        <dd data-testid="credit-available">{m(credit.available)}</dd>
        {credit.payment_terms_days != null && (
          <>
            <dt>Отсрочка платежа</dt>
            <dd>{credit.payment_terms_days} дн.</dd>
          </>
        )}
      </Facts>
    </div>
  )
}
