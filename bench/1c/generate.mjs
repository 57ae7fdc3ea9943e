#!/usr/bin/env node
// Writes CommerceML 2.07 exchange files of any size (seeded, deterministic), streamed in constant memory:
//   node bench/1c/generate.mjs --products 100000 [--properties 1000] [--price-types 3] [--warehouses 5]
//                              [--delta-share 1.0] [--seed 7] --out DIR
// DIR/import.xml (classifier: 3-level groups, properties with reference values; catalog of products),
// DIR/offers.xml (price types, warehouses, an offer per product with every price and stock per warehouse),
// DIR/offers_delta.xml (СодержитТолькоИзменения=true: new prices and stock for a share of the offers).
import { createWriteStream, mkdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export function parseArgs(argv) {
  const get = (name, def) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : def
  }
  return {
    products: Number(get("products", 1000)),
    properties: Number(get("properties", 1000)),
    priceTypes: Number(get("price-types", 3)),
    warehouses: Number(get("warehouses", 5)),
    deltaShare: Number(get("delta-share", 1)),
    seed: Number(get("seed", 7)),
    out: get("out", "bench/out/1c"),
  }
}

/** mulberry32: small, fast, deterministic */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const guid = (kind, n) =>
  `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/** A writer that buffers ~1 MB and respects the stream's backpressure. */
function writer(file) {
  const ws = createWriteStream(file)
  let buf = ""
  return {
    async w(s) {
      buf += s
      if (buf.length > 1 << 20) {
        const chunk = buf
        buf = ""
        if (!ws.write(chunk)) await new Promise((r) => ws.once("drain", r))
      }
    },
    async end() {
      ws.write(buf)
      await new Promise((r) => ws.end(r))
    },
  }
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_2" ВерсияСхемы="2.07" ДатаФормирования="2026-11-25T10:00:00">\n'
const OWNER =
  "<Владелец><Ид>00000000-0000-4000-8000-00000000a001</Ид><Наименование>ООО «ТехноСнаб-Опт»</Наименование><ИНН>7708123450</ИНН><КПП>770801001</КПП></Владелец>"
const CLASSIFIER_ID = "00000000-0000-4000-8000-00000000c001"

const GROUPS = [20, 10, 5] // 20 top groups × 10 × 5 = 1,000 leaf groups
const leafGroup = (i) => {
  const a = i % GROUPS[0]
  const b = Math.floor(i / GROUPS[0]) % GROUPS[1]
  const c = Math.floor(i / (GROUPS[0] * GROUPS[1])) % GROUPS[2]
  return guid(3, a * 10000 + b * 100 + c + 1)
}
const priceTypeId = (t) => guid(5, t + 1)
const warehouseId = (w) => guid(6, w + 1)
const productId = (i) => guid(1, i + 1)

async function writeImport(o, file) {
  const rnd = prng(o.seed)
  const out = writer(file)
  await out.w(
    `${HEAD}<Классификатор><Ид>${CLASSIFIER_ID}</Ид><Наименование>Классификатор</Наименование>${OWNER}<Группы>`
  )
  for (let a = 0; a < GROUPS[0]; a++) {
    await out.w(
      `<Группа><Ид>${guid(2, a + 1)}</Ид><Наименование>Раздел ${a + 1}</Наименование><Группы>`
    )
    for (let b = 0; b < GROUPS[1]; b++) {
      await out.w(
        `<Группа><Ид>${guid(4, a * 100 + b + 1)}</Ид><Наименование>Раздел ${a + 1}.${b + 1}</Наименование><Группы>`
      )
      for (let c = 0; c < GROUPS[2]; c++)
        await out.w(
          `<Группа><Ид>${guid(3, a * 10000 + b * 100 + c + 1)}</Ид><Наименование>Раздел ${a + 1}.${b + 1}.${c + 1}</Наименование></Группа>`
        )
      await out.w(`</Группы></Группа>`)
    }
    await out.w(`</Группы></Группа>`)
  }
  await out.w(`</Группы><Свойства>`)
  // every third property is a reference book with 10 values, the rest strings and numbers
  for (let p = 0; p < o.properties; p++) {
    const kind = p % 3 === 0 ? "Справочник" : p % 3 === 1 ? "Строка" : "Число"
    await out.w(
      `<Свойство><Ид>${guid(7, p + 1)}</Ид><Наименование>Свойство ${p + 1}</Наименование><ТипЗначений>${kind}</ТипЗначений>`
    )
    if (kind === "Справочник") {
      await out.w(`<ВариантыЗначений>`)
      for (let v = 0; v < 10; v++)
        await out.w(
          `<Справочник><ИдЗначения>${guid(8, (p + 1) * 100 + v)}</ИдЗначения><Значение>Значение ${p + 1}-${v + 1}</Значение></Справочник>`
        )
      await out.w(`</ВариантыЗначений>`)
    }
    await out.w(`</Свойство>`)
  }
  await out.w(
    `</Свойства></Классификатор>\n<Каталог СодержитТолькоИзменения="false"><Ид>${CLASSIFIER_ID}</Ид><ИдКлассификатора>${CLASSIFIER_ID}</ИдКлассификатора><Наименование>Каталог</Наименование>${OWNER}<Товары>\n`
  )
  for (let i = 0; i < o.products; i++) {
    const props = []
    for (let k = 0; k < 8; k++) {
      const p = Math.floor(rnd() * o.properties)
      const value =
        p % 3 === 0
          ? guid(8, (p + 1) * 100 + Math.floor(rnd() * 10))
          : p % 3 === 1
            ? `Строка ${Math.floor(rnd() * 50)}`
            : `${Math.floor(rnd() * 1000)},${Math.floor(rnd() * 10)}`
      props.push(
        `<ЗначенияСвойства><Ид>${guid(7, p + 1)}</Ид><Значение>${value}</Значение></ЗначенияСвойства>`
      )
    }
    await out.w(
      `<Товар><Ид>${productId(i)}</Ид><Штрихкод>46${String(10000000000 + i).padStart(11, "0")}</Штрихкод><Артикул>ART-${String(i + 1).padStart(7, "0")}</Артикул>` +
        `<Наименование>${esc(`Товар ${i + 1} «Серия ${Math.floor(rnd() * 300)}» ${Math.floor(rnd() * 90) + 10} мм`)}</Наименование>` +
        `<БазоваяЕдиница Код="796" НаименованиеПолное="Штука" МеждународноеСокращение="PCE">шт</БазоваяЕдиница>` +
        `<Группы><Ид>${leafGroup(i)}</Ид></Группы><Описание>Описание товара ${i + 1}</Описание>` +
        `<ЗначенияСвойств>${props.join("")}</ЗначенияСвойств>` +
        `<ЗначенияРеквизитов><ЗначениеРеквизита><Наименование>ВидНоменклатуры</Наименование><Значение>Товар</Значение></ЗначениеРеквизита>` +
        `<ЗначениеРеквизита><Наименование>Вес</Наименование><Значение>${(rnd() * 10).toFixed(3).replace(".", ",")}</Значение></ЗначениеРеквизита></ЗначенияРеквизитов></Товар>\n`
    )
  }
  await out.w(`</Товары></Каталог></КоммерческаяИнформация>\n`)
  await out.end()
}

async function writeOffers(o, file, { delta, seed, share }) {
  const rnd = prng(seed)
  const out = writer(file)
  await out.w(
    `${HEAD}<ПакетПредложений СодержитТолькоИзменения="${delta}"><Ид>${CLASSIFIER_ID}#</Ид><Наименование>Пакет предложений</Наименование><ИдКаталога>${CLASSIFIER_ID}</ИдКаталога><ИдКлассификатора>${CLASSIFIER_ID}</ИдКлассификатора>${OWNER}<ТипыЦен>`
  )
  const names = ["Базовая", "Оптовая", "Крупный опт", "Дилерская", "Розничная"]
  for (let t = 0; t < o.priceTypes; t++)
    await out.w(
      `<ТипЦены><Ид>${priceTypeId(t)}</Ид><Наименование>${names[t] ?? `Тип ${t + 1}`}</Наименование><Валюта>RUB</Валюта><Налог><Наименование>НДС</Наименование><УчтеноВСумме>true</УчтеноВСумме></Налог></ТипЦены>`
    )
  await out.w(`</ТипыЦен><Склады>`)
  for (let w = 0; w < o.warehouses; w++)
    await out.w(
      `<Склад><Ид>${warehouseId(w)}</Ид><Наименование>Склад ${w + 1}</Наименование></Склад>`
    )
  await out.w(`</Склады><Предложения>\n`)
  for (let i = 0; i < o.products; i++) {
    const r = rnd()
    if (delta && r >= share) continue
    const base = 100 + Math.floor(rnd() * 50000) + (delta ? 1 : 0)
    let prices = ""
    for (let t = 0; t < o.priceTypes; t++) {
      const amount = (base * (1 - t * 0.05)).toFixed(2)
      prices += `<Цена><Представление>${amount} RUB за шт</Представление><ИдТипаЦены>${priceTypeId(t)}</ИдТипаЦены><ЦенаЗаЕдиницу>${amount}</ЦенаЗаЕдиницу><Валюта>RUB</Валюта><Единица>шт</Единица><Коэффициент>1</Коэффициент></Цена>`
    }
    let stock = ""
    let total = 0
    for (let w = 0; w < o.warehouses; w++) {
      const q = Math.floor(rnd() * 200) + (delta ? 3 : 0)
      total += q
      stock += `<Склад ИдСклада="${warehouseId(w)}" КоличествоНаСкладе="${q}"/>`
    }
    await out.w(
      `<Предложение><Ид>${productId(i)}</Ид><Артикул>ART-${String(i + 1).padStart(7, "0")}</Артикул><Наименование>Товар ${i + 1}</Наименование><БазоваяЕдиница Код="796" НаименованиеПолное="Штука" МеждународноеСокращение="PCE">шт</БазоваяЕдиница><Цены>${prices}</Цены><Количество>${total}</Количество>${stock}</Предложение>\n`
    )
  }
  await out.w(`</Предложения></ПакетПредложений></КоммерческаяИнформация>\n`)
  await out.end()
}

export async function generate(o) {
  mkdirSync(o.out, { recursive: true })
  const files = {
    import: path.join(o.out, "import.xml"),
    offers: path.join(o.out, "offers.xml"),
    delta: path.join(o.out, "offers_delta.xml"),
  }
  await writeImport(o, files.import)
  await writeOffers(o, files.offers, { delta: false, seed: o.seed + 1 })
  await writeOffers(o, files.delta, { delta: true, seed: o.seed + 2, share: o.deltaShare })
  return files
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2))
  const t = Date.now()
  const files = await generate(o)
  console.log(
    `wrote ${Object.values(files).join(", ")} (${o.products} products) in ${((Date.now() - t) / 1000).toFixed(1)} s`
  )
}
