import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** `token=…` in a query string, masked: `token=***`. */
export const maskTokenInUrl = (url: string) =>
  url.replace(/([?&](?:token|invite_token)=)[^&#]*/gi, "$1***")

/**
 * GET /store/b2b/invitations/lookup?token=…: Medusa's HTTP request log (morgan in
 * @medusajs/framework/dist/http/express-loader.js) prints `req.originalUrl` when the answer is finished, so a
 * valid invitation token would land in the log. Routing has already used `req.url`/`req.query` by now; the
 * URL kept for logging is masked.
 */
export function maskTokenForLog(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (typeof req.originalUrl === "string") req.originalUrl = maskTokenInUrl(req.originalUrl)
  next()
}
