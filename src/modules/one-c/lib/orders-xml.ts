import iconv from "iconv-lite"
import Decimal from "decimal.js"

/** Escapes text for XML; characters windows-1251 lacks become numeric references, never dropped. */
export function xmlText(v: unknown, encoding: string): string {
  const s = String(v ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
  if (encoding === "utf-8") return s
  let out = ""
  for (const ch of s)
    out +=
      iconv.encode(ch, encoding).toString("latin1") === "?" && ch !== "?"
        ? `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`
        : ch
  return out
}

export type ExportOrder = {
  id: string
  number: string
  created_at: string
  currency: string
  /** What the buyer pays (gross), = Σ line gross + delivery. */
  total: string
  vat_total: string
  /** Whether the line prices include VAT (УчтеноВСумме); per line below, this for the document. */
  vat_included: boolean
  comment: string | null
  status: { id: string; name: string }
  cancelled: boolean
  counterparty: {
    id: string
    name: string
    full_name: string
    inn: string
    kpp: string | null
    address: string | null
    email: string | null
    contact: string | null
  }
  lines: {
    one_c_id: string
    sku: string | null
    title: string
    price: string
    quantity: string
    amount: string
    vat_rate: string
    vat_amount: string
    vat_included: boolean
  }[]
  delivery: { amount: string } | null
  /** The agreement the order was priced under (the contract in 1C terms). */
  agreement: { id: string; one_c_id: string | null; number: string; name: string | null } | null
  /** СрокПлатежа: the order's date plus the agreement's payment terms, when it has any. */
  payment_due: string | null
  catalog_id: string | null
  /** What the buyer chose at checkout (cart metadata b2b_checkout, copied into the order). */
  checkout: ExportCheckout | null
  /** The seller organization the order (or its split part) is placed with. */
  seller: {
    id: string
    one_c_id: string | null
    name: string
    inn: string
    kpp: string | null
  } | null
  /** Orders placed as several orders (split mode `orders` or several sellers): this one's place among them. */
  split: {
    group_id: string
    part: number
    of: number
    siblings: string[]
    kind: string | null
  } | null
}

export type ExportCheckout = {
  delivery_method: "delivery" | "pickup"
  address: string | null
  address_one_c_id: string | null
  consignee: { name: string; inn: string | null; kpp: string | null } | null
  /** The pickup warehouse, or the warehouse the split part ships from; id is 1C's when it came from 1C. */
  warehouse: { id: string; name: string } | null
  requested_date: string | null
  time_window: string | null
  preorder_date: string | null
  po_number: string | null
  comment: string | null
}

/**
 * Names of the document requisites (ЗначенияРеквизитов) carrying what CommerceML has no element for;
 * 1C creates unknown order properties by name (README "1C: what an order carries" lists them).
 */
export const ORDER_REQUISITES = {
  deliveryMethod: "Способ доставки",
  deliveryAddress: "Адрес доставки",
  deliveryAddressId: "Адрес доставки ИД",
  warehouse: "Склад",
  warehouseId: "Склад ИД",
  consignee: "Грузополучатель",
  consigneeInn: "Грузополучатель ИНН",
  consigneeKpp: "Грузополучатель КПП",
  requestedDate: "Желаемая дата отгрузки",
  timeWindow: "Интервал доставки",
  preorderDate: "Дата поступления предзаказа",
  poNumber: "Номер по данным клиента",
  comment: "Комментарии покупателя",
  contract: "Договор",
  contractId: "Договор ИД",
  agreement: "Соглашение",
  agreementId: "Соглашение ИД",
  seller: "Организация",
  sellerInn: "Организация ИНН",
  sellerId: "Организация ИД",
  splitGroup: "Группа заказов",
  splitPart: "Часть заказа",
  splitSiblings: "Связанные заказы",
  splitKind: "Вид части заказа",
} as const

const req = (name: string, value: string, e: string) =>
  `<ЗначениеРеквизита><Наименование>${xmlText(name, e)}</Наименование><Значение>${xmlText(value, e)}</Значение></ЗначениеРеквизита>`

/** The consignee as a second counterparty of the document (Роль Грузополучатель), when one was chosen. */
function consignee(o: ExportOrder, e: string): string {
  const c = o.checkout?.consignee
  if (!c) return ""
  const x = (v: unknown) => xmlText(v, e)
  const id = c.inn ? `${c.inn}${c.kpp ? `_${c.kpp}` : ""}` : `${o.id}-consignee`
  return [
    `<Контрагент><Ид>${x(id)}</Ид><Наименование>${x(c.name)}</Наименование><ОфициальноеНаименование>${x(c.name)}</ОфициальноеНаименование>`,
    o.checkout?.address
      ? `<Адрес><Представление>${x(o.checkout.address)}</Представление></Адрес>`
      : "",
    c.inn ? `<ИНН>${x(c.inn)}</ИНН>` : "",
    c.kpp ? `<КПП>${x(c.kpp)}</КПП>` : "",
    "<Роль>Грузополучатель</Роль></Контрагент>",
  ].join("")
}

/** The buyer's choices, the agreement, the seller and the split as document requisites (ORDER_REQUISITES). */
function choiceRequisites(o: ExportOrder, e: string): string[] {
  const R = ORDER_REQUISITES
  const out: string[] = []
  const put = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && String(value) !== "")
      out.push(req(name, String(value), e))
  }
  const c = o.checkout
  if (c) {
    put(R.deliveryMethod, c.delivery_method === "pickup" ? "Самовывоз" : "Доставка")
    put(R.deliveryAddress, c.address)
    put(R.deliveryAddressId, c.address_one_c_id)
    put(R.warehouse, c.warehouse?.name)
    put(R.warehouseId, c.warehouse?.id)
    put(R.consignee, c.consignee?.name)
    put(R.consigneeInn, c.consignee?.inn)
    put(R.consigneeKpp, c.consignee?.kpp)
    put(R.requestedDate, c.requested_date)
    put(R.timeWindow, c.time_window)
    put(R.preorderDate, c.preorder_date)
    put(R.poNumber, c.po_number)
    put(R.comment, c.comment)
  }
  if (o.agreement) {
    const title = [o.agreement.number, o.agreement.name].filter(Boolean).join(" ")
    put(R.contract, title)
    put(R.contractId, o.agreement.one_c_id ?? o.agreement.id)
    put(R.agreement, title)
    put(R.agreementId, o.agreement.one_c_id ?? o.agreement.id)
  }
  if (o.seller) {
    put(R.seller, o.seller.name)
    put(R.sellerInn, o.seller.inn)
    put(R.sellerId, o.seller.one_c_id ?? o.seller.id)
  }
  if (o.split) {
    put(R.splitGroup, o.split.group_id)
    put(R.splitPart, `${o.split.part} из ${o.split.of}`)
    put(R.splitSiblings, o.split.siblings.join(", "))
    put(R.splitKind, o.split.kind)
  }
  return out
}

/** The CommerceML orders document answered to `mode=query` (section 7 of PROTOCOL.md). */
export function ordersDocument(
  orders: ExportOrder[],
  opts: { encoding: string; schemaVersion: string; site: string }
): Buffer {
  const e = opts.encoding
  const x = (v: unknown) => xmlText(v, e)
  const now = new Date()
  const iso = (d: Date) => d.toISOString().slice(0, 19)
  const parts: string[] = [
    `<?xml version="1.0" encoding="${e === "utf-8" ? "UTF-8" : "windows-1251"}"?>`,
    `<КоммерческаяИнформация ВерсияСхемы="${x(opts.schemaVersion)}" ДатаФормирования="${iso(now)}" ФорматДаты="ДФ=yyyy-MM-dd; ДЛФ=DT" ФорматВремени="ДФ=ЧЧ:мм:сс; ДЛФ=T" РазделительДатаВремя="T" ФорматСуммы="ЧЦ=18; ЧДЦ=2; ЧРД=." ФорматКоличества="ЧЦ=18; ЧДЦ=3; ЧРД=.">`,
  ]
  for (const o of orders) {
    const d = new Date(o.created_at)
    parts.push(
      "<Документ>",
      `<Ид>${x(o.id)}</Ид><Номер>${x(o.number)}</Номер><Дата>${d.toISOString().slice(0, 10)}</Дата>`,
      `<ХозОперация>Заказ товара</ХозОперация><Роль>Продавец</Роль><Валюта>${x(o.currency.toUpperCase() === "RUB" ? "руб" : o.currency.toUpperCase())}</Валюта><Курс>1</Курс><Сумма>${x(o.total)}</Сумма>`,
      "<Контрагенты><Контрагент>",
      `<Ид>${x(o.counterparty.id)}</Ид><Наименование>${x(o.counterparty.name)}</Наименование><ОфициальноеНаименование>${x(o.counterparty.full_name)}</ОфициальноеНаименование>`,
      o.counterparty.address
        ? `<ЮридическийАдрес><Представление>${x(o.counterparty.address)}</Представление></ЮридическийАдрес>`
        : "",
      `<ИНН>${x(o.counterparty.inn)}</ИНН>${o.counterparty.kpp ? `<КПП>${x(o.counterparty.kpp)}</КПП>` : ""}`,
      o.counterparty.email
        ? `<Контакты><Контакт><Тип>Почта</Тип><Значение>${x(o.counterparty.email)}</Значение></Контакт></Контакты>`
        : "",
      o.counterparty.contact
        ? `<Представители><Представитель><Контрагент><Отношение>Контактное лицо</Отношение><Наименование>${x(o.counterparty.contact)}</Наименование></Контрагент></Представитель></Представители>`
        : "",
      "<Роль>Покупатель</Роль></Контрагент>",
      consignee(o, e),
      "</Контрагенты>",
      `<Время>${d.toISOString().slice(11, 19)}</Время>`,
      o.payment_due ? `<СрокПлатежа>${x(o.payment_due)}</СрокПлатежа>` : "",
      o.comment ? `<Комментарий>${x(o.comment)}</Комментарий>` : "",
      `<Налоги><Налог><Наименование>НДС</Наименование><УчтеноВСумме>${o.vat_included}</УчтеноВСумме><Сумма>${x(o.vat_total)}</Сумма></Налог></Налоги>`,
      "<Товары>"
    )
    for (const l of o.lines) {
      parts.push(
        "<Товар>",
        `<Ид>${x(l.one_c_id)}</Ид>${l.sku ? `<Артикул>${x(l.sku)}</Артикул>` : ""}<Наименование>${x(l.title)}</Наименование>`,
        `<БазоваяЕдиница Код="796" НаименованиеПолное="Штука" МеждународноеСокращение="PCE">шт</БазоваяЕдиница>`,
        `<ЗначенияРеквизитов>${req("ВидНоменклатуры", "Товар", e)}${req("ТипНоменклатуры", "Товар", e)}</ЗначенияРеквизитов>`,
        o.catalog_id ? `<ИдКаталога>${x(o.catalog_id)}</ИдКаталога>` : "",
        `<ЦенаЗаЕдиницу>${x(l.price)}</ЦенаЗаЕдиницу><Количество>${x(l.quantity)}</Количество><Сумма>${x(l.amount)}</Сумма><Единица>796</Единица><Коэффициент>1</Коэффициент>`,
        `<Налоги><Налог><Наименование>НДС</Наименование><УчтеноВСумме>${l.vat_included}</УчтеноВСумме><Сумма>${x(l.vat_amount)}</Сумма><Ставка>${x(l.vat_rate)}</Ставка></Налог></Налоги>`,
        "</Товар>"
      )
    }
    if (o.delivery && new Decimal(o.delivery.amount).greaterThan(0)) {
      parts.push(
        `<Товар><Ид>ORDER_DELIVERY</Ид><Наименование>Доставка заказа</Наименование><БазоваяЕдиница Код="796" НаименованиеПолное="Штука" МеждународноеСокращение="PCE">шт</БазоваяЕдиница>`,
        `<ЗначенияРеквизитов>${req("ВидНоменклатуры", "Услуга", e)}${req("ТипНоменклатуры", "Услуга", e)}</ЗначенияРеквизитов>`,
        `<ЦенаЗаЕдиницу>${x(o.delivery.amount)}</ЦенаЗаЕдиницу><Количество>1</Количество><Сумма>${x(o.delivery.amount)}</Сумма></Товар>`
      )
    }
    parts.push(
      "</Товары><ЗначенияРеквизитов>",
      req("Статус заказа", `[${o.status.id}] ${o.status.name}`, e),
      req("Статуса заказа ИД", o.status.id, e),
      req("Заказ оплачен", "false", e),
      req("Доставка разрешена", "false", e),
      req("Отменен", String(o.cancelled), e),
      req("Финальный статус", "false", e),
      req("Метод оплаты", "Безналичный расчет", e),
      req("Метод оплаты ИД", "1", e),
      ...choiceRequisites(o, e),
      req("Сайт", opts.site, e),
      "</ЗначенияРеквизитов></Документ>"
    )
  }
  parts.push("</КоммерческаяИнформация>")
  const xml = parts.join("")
  return e === "utf-8" ? Buffer.from(xml, "utf8") : iconv.encode(xml, e)
}

/**
 * Medusa's own order statuses in 1C terms (the former fixed list). The site's code list answered to
 * mode=info and written into orders is now the configured B2B statuses (the ordering domain's order statuses).
 */
export const ORDER_STATUSES: Record<string, { id: string; name: string }> = {
  pending: { id: "N", name: "Принят" },
  requires_action: { id: "A", name: "Требует действий" },
  completed: { id: "F", name: "Выполнен" },
  canceled: { id: "C", name: "Отменен" },
  archived: { id: "Z", name: "В архиве" },
  draft: { id: "D", name: "Черновик" },
}
