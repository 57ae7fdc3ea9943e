/**
 * Realistic sample data for the default templates: template previews, tests, the render benchmark and the
 * screenshots in docs/. Deterministic (no randomness, no clock), amounts computed by totals.ts.
 */
import { actClosingText, actTotals, invoiceTotals } from "../totals"
import type { InvoiceData, Party, ReconciliationActData, UpdData } from "../types"

export const SAMPLE_SUPPLIER: Party = {
  name: "ООО «ТехноСнаб-Опт»",
  inn: "7708123450",
  kpp: "770801001",
  address: "127015, г. Москва, ул. Бутырская, д. 46, стр. 2, офис 310",
  bank_name: "ПАО СБЕРБАНК г. Москва",
  bik: "044525225",
  account: "40702810938000123456",
  corr_account: "30101810400000000225",
  director_position: "Генеральный директор",
  director: "Смирнов А. В.",
  accountant: "Кузнецова Е. П.",
}

export const SAMPLE_BUYER: Party = {
  name: "ООО «СтройМаркет Регион»",
  inn: "5003123987",
  kpp: "500301001",
  address: "142703, Московская обл., г. Видное, Белокаменное ш., д. 12",
  director_position: "Директор",
  director: "Павлов И. С.",
}

/** [title, sku, unit, OKEI unit code, price with VAT] */
const CATALOG: readonly (readonly [string, string, string, string, string])[] = [
  ["Кабель ВВГнг(А)-LS 3х2,5 ок(N,PE)-0,66", "KB-0325-LS", "м", "006", "98.40"],
  ["Автоматический выключатель ВА47-29 1P 16А C 4,5кА", "AV-4729-116", "шт", "796", "214.00"],
  ["Розетка двойная с заземлением, белая, IP20", "RZ-2G-W20", "шт", "796", "356.90"],
  ["Выключатель одноклавишный скрытой установки", "VK-1S-W", "шт", "796", "189.50"],
  ["Гофротруба ПВХ d20 мм с зондом, бухта 100 м", "GT-20-100", "упак", "778", "1240.00"],
  ["Светильник светодиодный ДПО 36 Вт 4000К 1200 мм", "SV-DPO-36", "шт", "796", "1675.00"],
  ["Кабель-канал 25х16 мм, белый, 2 м", "KK-2516-2", "шт", "796", "87.30"],
  ["Щит распределительный ЩРН-12 навесной IP41", "SH-RN-12", "шт", "796", "1418.75"],
  ["Провод ПуГВ 1х1,5 жёлто-зелёный", "PV-115-YG", "м", "006", "19.85"],
  ["УЗО ВД1-63 2P 25А 30мА", "UZ-63-225", "шт", "796", "1532.00"],
  ["Коробка распаечная 100х100х50 IP55", "KR-100-55", "шт", "796", "142.60"],
  ["Дюбель-хомут для круглого кабеля 5-10 мм, уп. 100 шт", "DH-510-100", "упак", "778", "415.00"],
  ["Лампа светодиодная A60 11 Вт E27 3000К", "LM-A60-11", "шт", "796", "96.45"],
  ["Удлинитель силовой 4 розетки 5 м с заземлением", "UD-4-5G", "шт", "796", "978.00"],
  ["Изолента ПВХ 19 мм х 20 м синяя", "IZ-1920-B", "шт", "796", "64.90"],
  ["Клемма соединительная WAGO 221-413, уп. 50 шт", "WG-221413", "упак", "778", "1289.00"],
  ["Прожектор светодиодный 50 Вт 6500К IP65", "PR-50-65", "шт", "796", "1145.00"],
  ["Кабель силовой АВВГ 4х16 ок-0,66", "KB-A416", "м", "006", "187.20"],
  ["Датчик движения инфракрасный 1200 Вт IP44", "DD-1200-44", "шт", "796", "642.30"],
  ["Стяжка кабельная 4,8х300 мм чёрная, уп. 100 шт", "ST-48300-K", "упак", "778", "233.00"],
]

/** Invoice lines cycling through the catalog with varied quantities (metres come in larger quantities). */
function sampleLines(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const [title, sku, unit, unit_code, price] = CATALOG[i % CATALOG.length]
    const quantity = (((i * 7) % 23) + 1) * (unit === "м" ? 25 : 1)
    return {
      title,
      sku,
      unit,
      unit_code,
      quantity: String(quantity),
      price,
      vat_rate: "22",
      prices_include_vat: true,
    }
  })
}

export function sampleInvoiceData(lineCount = 50): InvoiceData {
  const totals = invoiceTotals(sampleLines(lineCount))
  return {
    number: "СЧ-2026-001234",
    date: "2026-11-25",
    supplier: SAMPLE_SUPPLIER,
    buyer: SAMPLE_BUYER,
    agreement: { number: "П-118/2025", date: "2025-01-15" },
    lines: totals.lines,
    total: totals.total,
    vat_total: totals.vat_total,
    net_total: totals.net_total,
    prices_include_vat: totals.prices_include_vat,
    currency: "RUB",
    notes:
      "Оплата данного счёта означает согласие с условиями поставки товара. Счёт действителен в течение " +
      "5 банковских дней. Товар отпускается по факту поступления денежных средств на расчётный счёт поставщика.",
  }
}

export function sampleUpdData(lineCount = 12): UpdData {
  const totals = invoiceTotals(sampleLines(lineCount))
  return {
    number: "УПД-2026-000873",
    date: "2026-11-27",
    supplier: SAMPLE_SUPPLIER,
    buyer: SAMPLE_BUYER,
    consignee: {
      ...SAMPLE_BUYER,
      address: "142718, Московская обл., Ленинский г. о., пос. Совхоз им. Ленина, склад № 3",
    },
    agreement: { number: "П-118/2025", date: "2025-01-15" },
    shipment_number: "УПД-2026-000873",
    shipment_date: "2026-11-27",
    payment_documents: [{ number: "4512", date: "2026-11-26" }],
    lines: totals.lines.map((l) => ({ ...l, country_code: "643", country_name: "РОССИЯ" })),
    net_total: totals.net_total,
    vat_total: totals.vat_total,
    total: totals.total,
    currency: "RUB",
  }
}

export function sampleActData(): ReconciliationActData {
  const movements = [
    { date: "2026-10-02", document: "Реализация (УПД № 812 от 02.10.2026)", amount: "184320.50" },
    { date: "2026-10-05", document: "Оплата (п/п № 4411 от 05.10.2026)", amount: "-125000.00" },
    { date: "2026-10-09", document: "Реализация (УПД № 845 от 09.10.2026)", amount: "92415.00" },
    { date: "2026-10-12", document: "Оплата (п/п № 4438 от 12.10.2026)", amount: "-184320.50" },
    { date: "2026-10-16", document: "Реализация (УПД № 871 от 16.10.2026)", amount: "256780.35" },
    { date: "2026-10-20", document: "Возврат (корр. УПД № 12 от 20.10.2026)", amount: "-4180.00" },
    { date: "2026-10-23", document: "Оплата (п/п № 4502 от 23.10.2026)", amount: "-92415.00" },
    { date: "2026-10-27", document: "Реализация (УПД № 902 от 27.10.2026)", amount: "61204.80" },
    { date: "2026-10-30", document: "Оплата (п/п № 4550 от 30.10.2026)", amount: "-200000.00" },
  ]
  const totals = actTotals("125000.00", movements)
  return {
    number: "АС-2026-0042",
    date: "2026-11-02",
    period_from: "2026-10-01",
    period_to: "2026-10-31",
    supplier: SAMPLE_SUPPLIER,
    buyer: SAMPLE_BUYER,
    agreement: { number: "П-118/2025", date: "2025-01-15" },
    opening: totals.opening,
    rows: totals.rows,
    turnover: totals.turnover,
    closing: totals.closing,
    closing_text: actClosingText({
      balance: totals.balance,
      supplier: SAMPLE_SUPPLIER.name,
      buyer: SAMPLE_BUYER.name,
      date: "2026-10-31",
    }),
  }
}

/** A price list of a few groups for the template preview. */
export function samplePriceListData(lineCount = 30) {
  const groups = ["Кабель силовой", "Автоматические выключатели", "Розетки и выключатели"].map(
    (name, g) => ({
      name,
      lines: Array.from({ length: Math.ceil(lineCount / 3) }, (_, i) => ({
        sku: `ART-${g + 1}${String(i + 1).padStart(3, "0")}`,
        title: `${name}, позиция ${i + 1}`,
        variant: i % 2 ? "100 м" : "",
        unit: "шт",
        price: `${(g + 1) * 150 + i * 12}.50`,
        stock: String((i * 7) % 40),
      })),
    })
  )
  return {
    date: "2026-11-24",
    supplier: SAMPLE_SUPPLIER,
    buyer: SAMPLE_BUYER,
    region: "Москва и МО",
    currency: "RUB",
    groups,
    total_lines: groups.reduce((n, g) => n + g.lines.length, 0),
  }
}
