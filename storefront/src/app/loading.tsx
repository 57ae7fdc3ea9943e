/**
 * The page's Suspense boundary while its data loads: the header is sent at once and the page streams in
 * when ready. Without a boundary the whole document is one shell, and on a slow connection React could
 * start hydrating before the browser had parsed all of it (an intermittent hydration error #418 on the
 * catalog page in the browser test).
 */
export default function Loading() {
  return (
    <p className="mt-6 text-ui-fg-subtle" role="status" data-testid="page-loading">
      Загрузка…
    </p>
  )
}
