import path from "node:path"
import { readCommerceMl, type CmlEvent } from "../lib/reader"
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
    const groups = events.filter((e) => e.kind === "group") as Extract<CmlEvent, { kind: "group" }>[]
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
    const rests = await read("08-ut11-2.09-package-delta/rests___1af6e7b8-a026-4690-9752-1c9d64cb914d.xml")
    expect(rests.events.find((e) => e.kind === "section")).toEqual(expect.objectContaining({ only_changes: true }))
    expect(rests.count("offer")).toBeGreaterThan(100)
  })

  it("decodes windows-1251 documents", async () => {
    const { events } = await read("10-sale/bitrix-query-response-full.xml")
    const docs = events.filter((e) => e.kind === "document") as any[]
    expect(docs.length).toBe(2)
    expect(JSON.stringify(docs[0].node)).toMatch(/[А-Яа-я]/)
  })

  it("stops early when asked (time budget)", async () => {
    let n = 0
    const r = await readCommerceMl(path.join(SAMPLES, "02-ut-2.04-characteristics/offers.xml"), (e) => (e.kind === "offer" && ++n === 10 ? "stop" : undefined))
    expect(r.stopped).toBe(true)
    expect(n).toBe(10)
  })
})
