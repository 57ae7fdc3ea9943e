/** Shown while a page's data loads on the first request (the header is already there). */
export function PageLoading() {
  return (
    <p className="mt-6 text-ui-fg-subtle" role="status" data-testid="page-loading">
      Загрузка…
    </p>
  )
}
