import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleExchange } from "../../../lib/one-c/exchange"
import { textAnswer } from "../../../lib/one-c/protocol"
import { oneCSettings } from "../../../lib/one-c/settings"

/**
 * The 1C "exchange with site" endpoint (CommerceML 2). 1C is the client; every answer is HTTP 200
 * with a plain-text keyword (or an XML document for query/info), never an HTML error page.
 */
async function exchange(req: MedusaRequest, res: MedusaResponse) {
  const s = oneCSettings()
  // mode may arrive in a form-encoded POST body (query); the query string wins
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) }
  let stream: any = req
  if (req.method === "POST" && !query.mode && String(req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded")) {
    const chunks: Buffer[] = []
    for await (const c of req as any) chunks.push(c as Buffer)
    for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) query[k] ??= v
  }
  try {
    const answer = await handleExchange(req.scope, { query, headers: req.headers as any, stream })
    if ("status" in answer) {
      res.setHeader("WWW-Authenticate", 'Basic realm="1C exchange"')
      return res.status(401).send("")
    }
    if ("xml" in answer) {
      res.status(200).setHeader("Content-Type", `application/xml; charset=${answer.encoding === "utf-8" ? "utf-8" : "windows-1251"}`)
      res.setHeader("Content-Length", String(answer.xml.length))
      return res.end(answer.xml)
    }
    const t = textAnswer(answer.lines, s.answerEncoding)
    res.status(200).setHeader("Content-Type", t.contentType)
    res.setHeader("Content-Length", String(t.body.length))
    res.end(t.body)
  } catch (e) {
    const t = textAnswer(["failure", `Внутренняя ошибка: ${(e as Error).message}`], s.answerEncoding)
    res.status(200).setHeader("Content-Type", t.contentType)
    res.end(t.body)
  }
}

export const GET = exchange
export const POST = exchange
