import { mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import iconv from "iconv-lite"
import { readCommerceMl, type CmlCursor, type CmlEvent } from "../lib/reader"
import { text } from "../lib/xml-node"

const SAMPLES = path.join(__dirname, "../../../../integration-tests/fixtures/1c")

async function read(file: string) {
  const events: CmlEvent[] = []
  const r = await readCommerceMl(path.join(SAMPLES, file), (e) => {
    events.push(e)
  })
  const count = (k: string) => events.filter((e) => e.kind === k).length
  return { events, count, ...r }
}

describe("CommerceML reader", () => {
  it("reads nested groups with their parents, properties and products (2.04, no namespace)", async () => {
    const { events, count } = await read("02-ut-2.04-characteristics/import.xml")
    const groups = events.filter((e) => e.kind === "group") as Extract<
      CmlEvent,
      { kind: "group" }
    >[]
    expect(groups.length).toBe(4)
    const kross = groups.find((g) => text(g.node, "Наименование") === "Кроссовки")!
    const parent = groups.find((g) => text(g.node, "Ид") === kross.parent_id)
    expect(parent).toBeTruthy()
    expect(groups.every((g) => !g.node.children.some((c) => c.name === "Группы"))).toBe(true)
    expect(count("product")).toBe(27)
    expect(count("property")).toBeGreaterThan(0)
  })

  it("matches local names whatever the namespace (2.07 commerceml_2, 2.08 commerceml_210)", async () => {
    expect((await read("05-ut11-2.07-warehouses/offers0_1.xml")).count("offer")).toBeGreaterThan(0)
    const ns210 = await read("07-ut11-2.08-ns210/offers.xml")
    expect(ns210.count("offer")).toBeGreaterThan(0)
    expect(ns210.count("price_type")).toBe(3)
  })

  it("reads split packages: price types and warehouses in the classifier, Остатки stock form", async () => {
    const rests = await read(
      "08-ut11-2.09-package-delta/rests___1af6e7b8-a026-4690-9752-1c9d64cb914d.xml"
    )
    expect(rests.events.find((e) => e.kind === "section")).toEqual(
      expect.objectContaining({ only_changes: true })
    )
    expect(rests.count("offer")).toBeGreaterThan(100)
  })

  it("decodes windows-1251 documents", async () => {
    const { events } = await read("10-sale/bitrix-query-response-full.xml")
    const docs = events.filter((e) => e.kind === "document") as unknown as { node: unknown }[]
    expect(docs.length).toBe(2)
    expect(JSON.stringify(docs[0].node)).toMatch(/[А-Яа-я]/)
  })

  it("stops early when asked (time budget)", async () => {
    let n = 0
    const r = await readCommerceMl(
      path.join(SAMPLES, "02-ut-2.04-characteristics/offers.xml"),
      (e) => (e.kind === "offer" && ++n === 10 ? "stop" : undefined)
    )
    expect(r.stopped).toBe(true)
    expect(n).toBe(10)
  })

  /**
   * Reads a file the way the exchange does over several `import` calls: stop after every `every`
   * objects, go on from the cursor (or, without one, from the start skipping what was seen).
   */
  async function readInSteps(file: string, every: number, highWaterMark: number) {
    const out: string[] = []
    let from: CmlCursor | null = null
    let resumedByCursor = 0
    for (let calls = 0; calls < 10000; calls++) {
      const skip = from ? 0 : out.length
      let seen = 0
      let taken = 0
      const r = await readCommerceMl(
        file,
        (e) => {
          if (++seen <= skip) return
          out.push(JSON.stringify(e))
          if (++taken === every) return "stop"
        },
        { from, highWaterMark }
      )
      if (!r.stopped) return { events: out, resumedByCursor }
      from = r.cursor ?? null
      if (from) resumedByCursor++
    }
    throw new Error("did not finish")
  }

  it("a stopped read goes on from its cursor (byte offset + open elements) and sees exactly the objects a full read sees", async () => {
    const files = readdirSync(SAMPLES, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".xml"))
      .map((f) => path.join(SAMPLES, f))
    // a generated file with everything that makes byte offsets hard: a BOM, 2- and 3-byte characters
    // and a 4-byte one split across chunk boundaries, CRLF line ends, a namespace prefix, attributes to replay
    const dir = mkdtempSync(path.join(os.tmpdir(), "cml-cursor-"))
    const products = Array.from(
      { length: 60 },
      (_, i) =>
        `<cml:Товар><cml:Ид>id-${i}</cml:Ид><cml:Наименование>Кабель «ВВГ» ${"ж".repeat(i % 7)} € 𝄞 ${i} &amp; &lt;b&gt;</cml:Наименование></cml:Товар>`
    ).join("\r\n")
    const utf8 = `<?xml version="1.0" encoding="UTF-8"?>\r\n<cml:КоммерческаяИнформация xmlns:cml="urn:1C.ru:commerceml_210" ВерсияСхемы="2.10" Note="a&amp;b &quot;q&quot;">\r\n<cml:Каталог СодержитТолькоИзменения="false"><cml:Ид>cat</cml:Ид><cml:Товары>\r\n${products}\r\n</cml:Товары></cml:Каталог></cml:КоммерческаяИнформация>`
    const bomFile = path.join(dir, "bom.xml")
    writeFileSync(
      bomFile,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8, "utf8")])
    )
    const cp1251 = path.join(dir, "cp1251.xml")
    writeFileSync(
      cp1251,
      iconv.encode(utf8.replace("UTF-8", "windows-1251").replace(/€ 𝄞 /g, "№ "), "windows-1251")
    )
    let viaCursor = 0
    for (const file of [...files, bomFile, cp1251]) {
      const full: string[] = []
      await readCommerceMl(file, (e) => {
        full.push(JSON.stringify(e))
      })
      const generated = file === bomFile || file === cp1251
      for (const [every, hwm] of generated
        ? [
            [1, 97],
            [3, 211],
            [7, 1024],
          ]
        : [
            [13, 1024],
            [50, 64 * 1024],
          ]) {
        const stepped = await readInSteps(file, every, hwm)
        expect({ file, every, events: stepped.events }).toEqual({ file, every, events: full })
        viaCursor += stepped.resumedByCursor
      }
    }
    // most resumptions went by cursor (only those inside classifier group trees re-read from the start)
    expect(viaCursor).toBeGreaterThan(300)
    const schema = await readCommerceMl(bomFile, () => "stop")
    expect(schema.cursor).toEqual(
      expect.objectContaining({
        open: [
          expect.objectContaining({ name: "cml:КоммерческаяИнформация" }),
          expect.objectContaining({ name: "cml:Каталог" }),
        ],
      })
    )
    expect(
      (await readCommerceMl(bomFile, () => undefined, { from: schema.cursor })).schema_version
    ).toBe("2.10")
  }, 120000)
})
