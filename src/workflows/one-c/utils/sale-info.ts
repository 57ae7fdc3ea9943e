import iconv from "iconv-lite"
import { xmlText, type Answer } from "../../../modules/one-c"
import { oneCSettings } from "../../../lib/one-c-settings"
import { cachedStatuses, oneCStatus } from "../../../modules/ordering"

/**
 * mode=info: the site's own status, payment and delivery lists (note the Latin "C" in Cтатусы, as
 * 1C expects). Statuses come from the in-process list, refreshed from the database by the
 * refreshStatusesForInfo middleware right before this call (the exchange adapter calls saleInfo() synchronously).
 */
export function saleInfo(): Answer {
  const s = oneCSettings()
  const e = s.answerEncoding
  const el = (id: string, name: string) =>
    `<Элемент><Ид>${xmlText(id, e)}</Ид><Название>${xmlText(name, e)}</Название></Элемент>`
  const xml =
    `<?xml version="1.0" encoding="${e === "utf-8" ? "UTF-8" : "windows-1251"}"?><Справочник>` +
    `<Cтатусы>${cachedStatuses()
      .filter((st) => st.is_active)
      .map((st) => oneCStatus(st, st.code))
      .map((st) => el(st.id, st.name))
      .join("")}</Cтатусы>` +
    `<ПлатежныеСистемы>${el("1", "Безналичный расчет")}</ПлатежныеСистемы>` +
    `<СлужбыДоставки>${el("1", "Доставка")}${el("2", "Самовывоз")}</СлужбыДоставки></Справочник>`
  return { xml: e === "utf-8" ? Buffer.from(xml) : iconv.encode(xml, e), encoding: e }
}
