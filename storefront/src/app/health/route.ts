export const dynamic = "force-dynamic"

/** Liveness probe for scripts: GET /health -> {"status":"ok"}. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } })
}
