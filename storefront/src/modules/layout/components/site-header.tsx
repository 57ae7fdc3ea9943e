import type { HeaderSession } from "@/lib/data/account"
import { personName } from "@/lib/util/account"
import { formatMoney } from "@/lib/util/format"
import { CounterpartySwitcher } from "@/modules/account/components/counterparty-switcher"

/**
 * The header of every page: the portal's name and the catalog; for a signed-in buyer the cart (line count and
 * total), the account, the person and role, and the counterparty switcher (prices and the cart follow it); a
 * banner while a manager is signed in as this buyer.
 */
export function SiteHeader({
  signedIn,
  session,
  path,
}: {
  signedIn: boolean
  session: HeaderSession | null
  /** the page asked for: the switcher comes back to it */
  path: string
}) {
  const link = "text-ui-fg-subtle hover:text-ui-fg-base hover:no-underline"
  const me = session?.me ?? null
  const cart = session?.cart ?? null
  return (
    <header className="border-b border-ui-border-base bg-ui-bg-base">
      {me?.impersonated_by && (
        <p
          className="bg-ui-tag-orange-bg px-4 py-2 text-center text-sm font-medium text-ui-tag-orange-text"
          role="status"
          data-testid="impersonation-banner"
        >
          Менеджер вошёл от имени покупателя {personName(me)}: действия записываются в журнал.
        </p>
      )}
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-5">
        <a href="/" className="text-lg font-bold text-ui-fg-interactive hover:no-underline">
          B2B-портал
        </a>
        <nav className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm font-medium">
          <a href="/" className={link}>
            Каталог
          </a>
          {signedIn ? (
            <>
              <a href="/cart" className={link} data-testid="nav-cart">
                Корзина
                {cart && cart.lines > 0 && (
                  <span className="ml-1 text-ui-fg-base" data-testid="nav-cart-summary">
                    · <span data-testid="nav-cart-lines">{cart.lines}</span> ·{" "}
                    <span data-testid="nav-cart-total">
                      {formatMoney(cart.total, cart.currency)}
                    </span>
                  </span>
                )}
              </a>
              <a href="/account" className={link} data-testid="nav-account">
                Личный кабинет
              </a>
            </>
          ) : (
            <a href="/login" className={link} data-testid="nav-login">
              Вход
            </a>
          )}
        </nav>
      </div>
      {me && (
        <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 px-4 pb-2 sm:px-5">
          <p className="m-0 min-w-0 text-sm text-ui-fg-subtle" data-testid="header-person">
            {personName(me)} · {me.active_counterparty.role_name}
          </p>
          <CounterpartySwitcher me={me} back={path} />
        </div>
      )}
    </header>
  )
}
