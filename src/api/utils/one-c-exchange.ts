import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleExchange } from "../1c/exchange/handle-exchange"
import { basicCredentials, textAnswer } from "../../modules/one-c"
import { clearOneC, countFailure, judgeOneC } from "./abuse"
import { oneCSettings } from "../../lib/one-c-settings"
import { environment } from "../../lib/plugin-options"

/**
 * The 1C "exchange with site" handler (CommerceML 2). 1C is the client; every answer is HTTP 200
 * with a plain-text keyword (or an XML document for query/info), never an HTML error page.
 * Served at /1c/exchange and, when ONE_C_EXCHANGE_PATH is set, at that path too.
 */
export async function exchangeHandler(req: MedusaRequest, res: MedusaResponse) {
  const s = oneCSettings()
  // mode may arrive in a form-encoded POST body (query); the query string wins
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) }
  const stream: any = req
  if (
    req.method === "POST" &&
    !query.mode &&
    String(req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded")
  ) {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) query[k] ??= v
  }
  // brute force on checkauth: a login or address at its limit is refused before the password is compared
  const creds = query.mode === "checkauth" ? basicCredentials(req.headers.authorization) : null
  const judged = creds ? await judgeOneC(req, creds.login) : null
  if (judged?.blocked.blocked) {
    const t = textAnswer(
      [
        "failure",
        `Слишком много неудачных попыток входа: повторите через ${judged.blocked.retryAfterSeconds} с`,
      ],
      s.answerEncoding
    )
    res.setHeader("Retry-After", String(judged.blocked.retryAfterSeconds))
    res.status(429).setHeader("Content-Type", t.contentType)
    return res.end(t.body)
  }
  try {
    const answer = await handleExchange(req.scope, { query, headers: req.headers, stream })
    if (judged && "lines" in answer) {
      if (answer.authFailed) await countFailure(req, judged.keys)
      else if (answer.lines[0] === "success") await clearOneC(req, judged)
    }
    if ("status" in answer) {
      res.setHeader("WWW-Authenticate", 'Basic realm="1C exchange"')
      return res.status(401).send("")
    }
    if ("xml" in answer) {
      res
        .status(200)
        .setHeader(
          "Content-Type",
          `application/xml; charset=${answer.encoding === "utf-8" ? "utf-8" : "windows-1251"}`
        )
      res.setHeader("Content-Length", String(answer.xml.length))
      return res.end(answer.xml)
    }
    const t = textAnswer(answer.lines, s.answerEncoding)
    res.status(200).setHeader("Content-Type", t.contentType)
    res.setHeader("Content-Length", String(t.body.length))
    res.end(t.body)
  } catch (e) {
    const t = textAnswer(
      ["failure", `Внутренняя ошибка: ${(e as Error).message}`],
      s.answerEncoding
    )
    res.status(200).setHeader("Content-Type", t.contentType)
    res.end(t.body)
  }
}

export const DEFAULT_EXCHANGE_PATH = "/1c/exchange"
const RESERVED = ["/store", "/admin", "/auth", "/app", "/hooks", "/health", "/1c/api"]

/**
 * The extra exchange path from ONE_C_EXCHANGE_PATH (e.g. /bitrix/admin/1c_exchange.php, the URL
 * many 1C configurations are preset with), or null. A path that would shadow Medusa's or the
 * portal's own routes is refused at start-up with the reason.
 */
export function exchangeAliasPath(raw = environment().ONE_C_EXCHANGE_PATH): string | null {
  const p = (raw ?? "").trim().replace(/\/+$/, "")
  if (!p || p === DEFAULT_EXCHANGE_PATH) return null
  if (
    !/^\/[A-Za-z0-9._~\-/]+$/.test(p) ||
    p.includes("//") ||
    p.split("/").some((seg) => seg === ".." || seg === ".")
  ) {
    throw new Error(
      `ONE_C_EXCHANGE_PATH: "${raw}" is not a plain absolute URL path such as /bitrix/admin/1c_exchange.php`
    )
  }
  const hit = RESERVED.find((r) => p === r || p.startsWith(`${r}/`))
  if (hit)
    throw new Error(
      `ONE_C_EXCHANGE_PATH: "${raw}" would shadow the portal's ${hit} routes; choose another path`
    )
  return p
}

/** Middleware answering the exchange at the configured alias path (no route file exists there). */
export function exchangeAlias(req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  if (req.method !== "GET" && req.method !== "POST")
    return res.status(405).setHeader("Allow", "GET, POST").end()
  return exchangeHandler(req, res)
}
