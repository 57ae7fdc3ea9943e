const TABS = [
  ["/account", "Обзор"],
  ["/account/orders", "Заказы"],
  ["/account/documents", "Документы"],
] as const

export function AccountNav() {
  return (
    <nav className="mb-2 flex gap-1 overflow-x-auto border-b border-ui-border-base text-sm font-medium">
      {TABS.map(([href, name]) => (
        <a
          key={href}
          href={href}
          className="-mb-px border-b-2 border-transparent px-3 py-2 text-ui-fg-subtle hover:border-ui-border-strong hover:text-ui-fg-base hover:no-underline"
        >
          {name}
        </a>
      ))}
    </nav>
  )
}
