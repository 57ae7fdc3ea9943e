const TABS = [
  ["/account", "Обзор"],
  ["/account/orders", "Заказы"],
  ["/account/documents", "Документы"],
] as const

/** The account's sections; the one the buyer is in (by the path asked for) is marked. */
export function AccountNav({ path }: { path: string | null }) {
  const here = (path ?? "").split("?")[0] ?? ""
  const current = [...TABS].reverse().find(([href]) => here === href || here.startsWith(`${href}/`))
  return (
    <nav className="mb-2 flex gap-1 overflow-x-auto border-b border-ui-border-base text-sm font-medium">
      {TABS.map(([href, name]) => (
        <a
          key={href}
          href={href}
          aria-current={current?.[0] === href ? "page" : undefined}
          className="-mb-px border-b-2 border-transparent px-3 py-2 text-ui-fg-subtle hover:border-ui-border-strong hover:text-ui-fg-base hover:no-underline aria-[current=page]:border-ui-fg-interactive aria-[current=page]:text-ui-fg-base"
        >
          {name}
        </a>
      ))}
    </nav>
  )
}
