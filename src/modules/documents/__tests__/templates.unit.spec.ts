import { DEFAULT_TEMPLATES, defaultTemplate } from "../lib/defaults"
import { sampleActData, sampleInvoiceData, sampleUpdData } from "../lib/defaults/samples"
import { formatDate, formatMoney, formatQty } from "../lib/format"
import {
  clearTemplateCache,
  compileTemplate,
  renderHtml,
  templateCacheSize,
  templateSyntaxError,
} from "../lib/templates"

const NNBSP = "\u202F"
const tpl = (body: string, version: number | string = 1, css = "") => ({
  id: "t",
  version,
  body,
  css,
})
const body = (html: string) => html.slice(html.indexOf("<body>") + 6, html.lastIndexOf("</body>"))

beforeEach(() => clearTemplateCache())

describe("formatting", () => {
  it("formats money with narrow no-break spaces and a decimal comma", () => {
    expect(formatMoney("1234.56")).toBe(`1${NNBSP}234,56`)
    expect(formatMoney("1234567.5")).toBe(`1${NNBSP}234${NNBSP}567,50`)
    expect(formatMoney("999.995")).toBe(`1${NNBSP}000,00`)
    expect(formatMoney("-12345")).toBe(`-12${NNBSP}345,00`)
    expect(formatMoney("0")).toBe("0,00")
    expect(formatMoney("")).toBe("")
    expect(formatMoney(undefined)).toBe("")
    expect(() => formatMoney("12,5")).toThrow(/not a decimal/)
  })

  it("formats quantities without trailing zeros", () => {
    expect(formatQty("12.000")).toBe("12")
    expect(formatQty("1.5")).toBe("1,5")
    expect(formatQty("2500")).toBe(`2${NNBSP}500`)
    expect(formatQty("0.1234")).toBe("0,123")
  })

  it("formats dates as printed in documents", () => {
    expect(formatDate("2026-11-25")).toBe("25.11.2026")
    expect(formatDate("2026-11-25", "long")).toBe("25 ноября 2026 г.")
    // 22:30 UTC is already the next day in Moscow
    expect(formatDate("2026-11-25T22:30:00Z")).toBe("26.11.2026")
    expect(formatDate(new Date("2026-03-01T09:00:00Z"))).toBe("01.03.2026")
    expect(formatDate("25.11.2026")).toBe("25.11.2026")
    expect(formatDate(null)).toBe("")
  })
})

describe("renderHtml", () => {
  it("offers money, qty, date, inc, words, vat, cur helpers", () => {
    const html = renderHtml(
      tpl(
        "{{#each lines}}[{{inc @index}}:{{money price}}:{{qty quantity}}:{{vat rate}}]{{/each}}" +
          "|{{date date}}|{{date date 'long'}}|{{words total}}|{{words total 'USD'}}|{{cur currency}}|{{curName currency}}"
      ),
      {
        lines: [
          { price: "1500", quantity: "2.500", rate: "22" },
          { price: "0.5", quantity: 3, rate: "без НДС" },
        ],
        date: "2026-11-25",
        total: "21.00",
        currency: "RUB",
      }
    )
    expect(body(html)).toBe(
      `[1:1${NNBSP}500,00:2,5:22%][2:0,50:3:Без НДС]|25.11.2026|25 ноября 2026 г.|Двадцать один рубль 00 копеек|` +
        "Двадцать один доллар США 00 центов|руб.|Российский рубль, 643"
    )
  })

  it("escapes data by default", () => {
    const html = renderHtml(tpl("<p>{{name}}</p>"), { name: `<script>alert("x")</script> & «Ко»` })
    expect(body(html)).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «Ко»</p>")
  })

  it("wraps the body in a complete document with the CSS inlined, and keeps the CSS inside <style>", () => {
    const html = renderHtml(
      tpl("<b>x</b>", 1, "b { color: red } </style><script>bad()</script>"),
      {}
    )
    expect(
      html.startsWith('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>')
    ).toBe(true)
    expect(html).toContain(
      "b { color: red } <\\/style><script>bad()</script></style></head><body><b>x</b></body></html>"
    )
    expect(html.match(/<\/style>/g)).toHaveLength(1)
  })

  it("caches compiled templates by id + version", () => {
    expect(renderHtml(tpl("A{{x}}", 1), { x: 1 })).toContain("A1")
    // same id and version: the cached compilation wins even if the body changed
    expect(renderHtml(tpl("B{{x}}", 1), { x: 1 })).toContain("A1")
    expect(renderHtml(tpl("B{{x}}", 2), { x: 1 })).toContain("B1")
    expect(templateCacheSize()).toBe(2)
    expect(compileTemplate(tpl("C", 2))).toBe(compileTemplate(tpl("D", 2)))
  })

  it("reports syntax errors with the template's id", () => {
    expect(templateSyntaxError("{{#each lines}}")).toMatch(/each/)
    expect(templateSyntaxError("{{#each lines}}{{/each}}")).toBeNull()
    expect(() => renderHtml(tpl("{{#if x}}", 7), {})).toThrow(/^template t@7: /)
  })
})

describe("default templates", () => {
  it("has one Russian template per document type with complete CSS", () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.type).sort()).toEqual([
      "invoice",
      "price_list",
      "reconciliation_act",
      "upd",
    ])
    for (const t of DEFAULT_TEMPLATES) {
      expect(t.locale).toBe("ru")
      expect(templateSyntaxError(t.body)).toBeNull()
      expect(t.css).toContain("@page")
      expect(t.css).toContain("font-family")
    }
  })

  it("renders the invoice sample with every block", () => {
    const data = sampleInvoiceData(3)
    const html = renderHtml({ id: "invoice", version: 1, ...defaultTemplate("invoice") }, data)
    for (const text of [
      "Счёт на оплату № СЧ-2026-001234 от 25 ноября 2026 г.",
      "БИК",
      "044525225",
      "40702810938000123456",
      "30101810400000000225",
      "ИНН 5003123987",
      "КПП 500301001",
      "Договор № П-118/2025 от 15.01.2025",
      "Артикул",
      "Ставка НДС",
      "Сумма НДС",
      "В том числе НДС:",
      "Всего к оплате:",
      `Всего наименований 3, на сумму ${formatMoney(data.total)} руб.`,
      "Генеральный директор",
      "Смирнов А. В.",
      "Бухгалтер",
      "Кузнецова Е. П.",
    ]) {
      expect(html).toContain(text.replace(/&/g, "&amp;"))
    }
  })

  it("switches the invoice totals when prices exclude VAT", () => {
    const data = { ...sampleInvoiceData(2), prices_include_vat: false, net_total: "100.00" }
    const html = renderHtml({ id: "invoice", version: 1, ...defaultTemplate("invoice") }, data)
    expect(html).toContain("Сумма НДС:")
    expect(html).not.toContain("В том числе НДС:")
  })

  it("renders the UPD and the act samples", () => {
    const upd = renderHtml({ id: "upd", version: 1, ...defaultTemplate("upd") }, sampleUpdData())
    expect(upd).toContain("Универсальный передаточный документ")
    expect(upd).toContain("Российский рубль, 643")
    expect(upd).toContain("№ п/п 1–12 № УПД-2026-000873 от 27.11.2026")
    const act = renderHtml(
      { id: "act", version: 1, ...defaultTemplate("reconciliation_act") },
      sampleActData()
    )
    expect(act).toContain("Акт сверки взаимных расчётов № АС-2026-0042")
    expect(act).toContain("за период с 01.10.2026 по 31.10.2026")
    expect(act).toContain("Сальдо конечное")
    expect(act).toContain("задолженность в пользу ООО «ТехноСнаб-Опт» составляет")
  })
})
