// Exchange credentials and a small step budget must be in the environment before the app boots.
process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_STEP_SECONDS = process.env.ONE_C_STEP_SECONDS ?? "0.3"
process.env.ONE_C_BATCH_SIZE = "20"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import purgeJob from "../../src/jobs/one-c-purge-staged"
import { OneCClient } from "../utils/one-c"

jest.setTimeout(600 * 1000)
const SAMPLE = path.join(__dirname, "../fixtures/1c/03-ut11-2.04-price-types-pictures")
const PIC = (n: number) => `import_files/bd/bd72d9${["2755", "2c55", "3055"][n]}bc11d9848a00112f43529a_80a7832${["b", "c", "d"][n]}39c811e0a35a000b0d4caf68.jpg`

/** A JPEG-looking file (the connector sniffs the first bytes, never trusts the name) of a given size. */
function jpeg(size: number, fill: number) {
  const b = Buffer.alloc(size, fill)
  b[0] = 0xff
  b[1] = 0xd8
  b[2] = 0xff
  return b
}

/** A zip made with Python's zipfile: entries given as file contents. */
function makeZip(entries: Record<string, Buffer>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zip-img-"))
  const spec: Record<string, string> = {}
  Object.entries(entries).forEach(([name, content], i) => {
    const f = path.join(dir, `e${i}`)
    writeFileSync(f, content)
    spec[name] = f
  })
  const out = path.join(dir, "goods.zip")
  execFileSync("python3", ["-c", `
import sys, zipfile, json
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, f in json.loads(sys.argv[2]).items(): z.write(f, name)
`, out, JSON.stringify(spec)])
  return readFileSync(out)
}

/** Stored copies of a picture in the local file provider's folder (its names end with the original name). */
const storedCopies = (name: string) => {
  const dir = path.join(process.cwd(), "static")
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(path.basename(name))).length : 0
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const c = () => getContainer()
    const pictured = async () => {
      const ps = (await c().resolve(Modules.PRODUCT).listProducts({}, { relations: ["images"], take: null })) as any[]
      return ps.filter((p) => (p.metadata as any)?.images?.length).sort((a, b) => String(a.external_id).localeCompare(String(b.external_id)))
    }
    const importZip = async (zip: Buffer) => {
      const cl = new OneCClient(api)
      // checkauth only opens a session: on a loaded machine a reused keep-alive socket may be reset, try once more
      await cl.start("catalog").catch((e) => (/ECONNRESET|EPIPE|socket hang up/.test(String(e?.message ?? e)) ? new Promise((r) => setTimeout(r, 500)).then(() => cl.start("catalog")) : Promise.reject(e)))
      await cl.upload("catalog", "goods.zip", zip)
      const r = await cl.importFile("catalog", "import.xml")
      await cl.call("catalog", "complete")
      return r
    }

    it("pictures from the archive go through the file module; a missing one is a warning; re-import uploads and writes nothing; a changed picture replaces only itself", async () => {
      const xml = readFileSync(path.join(SAMPLE, "import.xml"))
      // the provider's folder outlives the test database: count copies made by this test only
      const base = [0, 1, 2].map((n) => storedCopies(PIC(n)))
      const copies = (n: number) => storedCopies(PIC(n)) - base[n]
      const first = await importZip(makeZip({ "import.xml": xml, [PIC(0)]: jpeg(700, 1), [PIC(1)]: jpeg(900, 2) })) // PIC(2) missing
      expect(first.lines[0]).toBe("success")
      expect(first.text).toMatch(/картинок не загружено 1/)
      expect(first.text).toContain(`Предупреждение: товар`)
      expect(first.text).toContain(path.basename(PIC(2)))

      let ps = await pictured()
      expect(ps.length).toBe(3)
      const withPic = ps.filter((p) => p.thumbnail)
      expect(withPic.length).toBe(2)
      for (const p of withPic) {
        expect(p.images.length).toBe(1)
        expect(p.images[0].url).toBe(p.thumbnail)
        const files = (p.metadata as any).image_files
        expect(files).toHaveLength(1)
        expect([700, 900]).toContain(files[0].size)
        expect(files[0].url).toBe(p.thumbnail)
        // the stored file is the uploaded bytes
        const stored = readFileSync(path.join(process.cwd(), "static", path.basename(new URL(p.thumbnail).pathname)))
        expect(stored.length).toBe(files[0].size)
      }
      const noPic = ps.find((p) => !p.thumbnail)!
      expect(noPic.images).toHaveLength(0)
      expect(copies(0)).toBe(1)
      expect(copies(1)).toBe(1)

      // the same archive again: no upload, no product write
      const snapshot = ps.map((p) => ({ id: p.id, thumbnail: p.thumbnail, updated_at: new Date(p.updated_at).getTime() }))
      const again = await importZip(makeZip({ "import.xml": xml, [PIC(0)]: jpeg(700, 1), [PIC(1)]: jpeg(900, 2) }))
      expect(again.text).toMatch(/создано 0, изменено 0, без изменений 5/) // 5 products, 3 with pictures
      ps = await pictured()
      expect(ps.map((p) => ({ id: p.id, thumbnail: p.thumbnail, updated_at: new Date(p.updated_at).getTime() }))).toEqual(snapshot)
      expect(copies(0)).toBe(1)
      expect(copies(1)).toBe(1)

      // an XML without the picture files (1C did not resend them): the stored pictures stay, no write
      const bare = await importZip(makeZip({ "import.xml": xml }))
      expect(bare.text).toMatch(/изменено 0, без изменений 5/)
      expect((await pictured()).map((p) => p.thumbnail)).toEqual(snapshot.map((s) => s.thumbnail))

      // picture 1 changed (other size) and picture 2 now present: only these are uploaded
      const changed = await importZip(makeZip({ "import.xml": xml, [PIC(0)]: jpeg(700, 1), [PIC(1)]: jpeg(1200, 3), [PIC(2)]: jpeg(500, 4) }))
      expect(changed.text).toMatch(/изменено 2, без изменений 3/)
      expect(changed.text).not.toMatch(/картинок не загружено/)
      expect(copies(0)).toBe(1)
      expect(copies(1)).toBe(2)
      expect(copies(2)).toBe(1)
      ps = await pictured()
      expect(ps.every((p) => p.thumbnail && p.images.length === 1)).toBe(true)
      const sizes = ps.map((p) => (p.metadata as any).image_files[0].size).sort((a: number, b: number) => a - b)
      expect(sizes).toEqual([500, 700, 1200])
      const unchanged = ps.find((p) => (p.metadata as any).image_files[0].size === 700)!
      expect(unchanged.thumbnail).toBe(snapshot.find((s) => s.id === unchanged.id)!.thumbnail)
    })

    it("a file that is not an image is a warning, the product is imported without it", async () => {
      const xml = readFileSync(path.join(SAMPLE, "import.xml"))
      const r = await importZip(makeZip({ "import.xml": xml, [PIC(0)]: Buffer.from("<?php echo 1; ?> not a picture"), [PIC(1)]: jpeg(300, 9), [PIC(2)]: jpeg(301, 9) }))
      expect(r.lines[0]).toBe("success")
      expect(r.text).toMatch(/не изображение/)
      const ps = await pictured()
      expect(ps.length).toBe(3)
      expect(ps.filter((p) => p.thumbnail).length).toBe(2)
    })

    it("purge job: staged rows and upload folders of finished sessions older than the retention go, in batches; recent and active sessions stay", async () => {
      const xml = readFileSync(path.join(SAMPLE, "import.xml"))
      await importZip(makeZip({ "import.xml": xml, [PIC(0)]: jpeg(200, 1) })) // closed by `complete`
      const open = new OneCClient(api)
      await open.start("catalog")
      await open.upload("catalog", "import.xml", xml)
      await open.importFile("catalog", "import.xml") // still active, recent

      const onec = c().resolve<any>("one_c")
      const knex = c().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const sessions = (await onec.listOnecSessions({}, { take: null })) as any[]
      expect(sessions.length).toBe(2)
      const closed = sessions.find((s) => s.status === "closed")!
      const active = sessions.find((s) => s.status === "active")!
      const staged = async (id: string) => Number((await knex("onec_staged").where({ session_id: id }).count("* as n"))[0].n)
      expect(await staged(closed.id)).toBeGreaterThan(3)
      expect(existsSync(closed.dir)).toBe(true)

      // not old enough yet: nothing goes
      await purgeJob(c())
      expect(await staged(closed.id)).toBeGreaterThan(3)

      // the closed session was last seen 25 hours ago, the active one 2 hours ago
      await knex("onec_session").where({ id: closed.id }).update({ last_seen_at: new Date(Date.now() - 25 * 3600_000) })
      await knex("onec_session").where({ id: active.id }).update({ last_seen_at: new Date(Date.now() - 2 * 3600_000) })
      const activeRows = await staged(active.id)
      process.env.ONE_C_STAGED_RETENTION_HOURS = "24"
      await purgeJob(c())
      expect(await staged(closed.id)).toBe(0)
      expect(existsSync(closed.dir)).toBe(false)
      expect(Number((await knex("onec_file_state").where({ session_id: closed.id }).count("* as n"))[0].n)).toBe(0)
      expect(await staged(active.id)).toBe(activeRows)
      expect(existsSync(active.dir)).toBe(true)

      // an abandoned active session (idle past the session timeout and the retention) goes too, batch by batch
      await knex("onec_session").where({ id: active.id }).update({ last_seen_at: new Date(Date.now() - 30 * 3600_000) })
      const { purgeStagedWorkflow } = await import("../../src/workflows/one-c")
      const { result } = await purgeStagedWorkflow(c()).run({
        input: { now: new Date().toISOString(), retention_hours: 24, idle_hours: 12, exchange_dir: path.dirname(active.dir), batch_size: 2 },
      })
      expect(result).toEqual({ sessions: 1, rows: activeRows, dirs: 1 })
      expect(await staged(active.id)).toBe(0)
      expect(existsSync(active.dir)).toBe(false)
      // nothing left to purge: the next run finds no session
      const { result: none } = await purgeStagedWorkflow(c()).run({
        input: { now: new Date().toISOString(), retention_hours: 24, idle_hours: 12, exchange_dir: path.dirname(active.dir) },
      })
      expect(none.sessions).toBe(0)
    })
  },
})
