/** "← Назад  Страница 2 из 5  Дальше →" under a list; nothing when one page is enough. */
export function Pager({
  pages,
  href,
  testId,
}: {
  pages: { current: number; total: number; prev: number | null; next: number | null } | null
  href: (offset: number) => string
  testId?: string
}) {
  if (!pages) return null
  return (
    <p className="my-4 flex flex-wrap items-center gap-3 text-sm" data-testid={testId}>
      {pages.prev !== null && <a href={href(pages.prev)}>← Назад</a>}{" "}
      <span className="text-ui-fg-subtle">
        Страница {pages.current} из {pages.total}
      </span>{" "}
      {pages.next !== null && <a href={href(pages.next)}>Дальше →</a>}
    </p>
  )
}
