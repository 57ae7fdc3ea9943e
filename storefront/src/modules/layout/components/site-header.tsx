/** The header of every page: the portal's name, the catalog, and the cart and account for a signed-in buyer. */
export function SiteHeader({ signedIn }: { signedIn: boolean }) {
  const link = "text-ui-fg-subtle hover:text-ui-fg-base hover:no-underline"
  return (
    <header className="border-b border-ui-border-base bg-ui-bg-base">
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
    </header>
  )
}
