import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../src/modules/company"
import { ORDERING_MODULE } from "../../src/modules/ordering"
import { DOCUMENTS_MODULE } from "../../src/modules/documents"
import { installRlsSetting, rlsContext } from "../../src/api/utils/rls"
import { createAdmin, createCompany, createCustomer, createPublishableKey } from "../utils/b2b"

jest.setTimeout(120 * 1000)

/**
 * Row-level security on b2b_address, ord_saved_cart and doc_document (docs/security.md). The test database is reached as
 * the superuser `postgres`, which Postgres never subjects to RLS, so each probe runs its statements inside a
 * transaction under `SET LOCAL ROLE` of an ordinary role made for this file — the situation of a production
 * deployment that connects as an ordinary role.
 */
const PROBE = `b2b_rls_probe_${process.pid}_${Date.now().toString(36)}`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    let A: string, B: string

    beforeAll(async () => {
      await knex().raw(`create role "${PROBE}" nologin`)
    })
    // the role's grants go with each test (the runner's connection is gone by afterAll), the role itself last,
    // through a connection of our own to the maintenance database
    afterEach(async () => {
      await knex().raw(`drop owned by "${PROBE}"`)
    })
    afterAll(async () => {
      const { Client } = require("pg")
      const pg = new Client({ host: process.env.DB_HOST || "localhost", user: process.env.DB_USERNAME || "postgres", password: process.env.DB_PASSWORD || undefined, database: "postgres" })
      await pg.connect()
      try {
        await pg.query(`drop role if exists "${PROBE}"`)
      } finally {
        await pg.end()
      }
    })

    beforeEach(async () => {
      const k = knex()
      await k.raw(`grant usage on schema public to "${PROBE}"`)
      await k.raw(`grant select, insert, update, delete on b2b_address, ord_saved_cart, doc_document to "${PROBE}"`)
      const company = getContainer().resolve(COMPANY_MODULE) as any
      const ordering = getContainer().resolve(ORDERING_MODULE) as any
      const documents = getContainer().resolve(DOCUMENTS_MODULE) as any
      A = `le_rls_a_${Date.now()}`
      B = `le_rls_b_${Date.now()}`
      for (const le of [A, B]) {
        await company.createB2bAddresses({ legal_entity_id: le, address: `адрес ${le}` })
        await ordering.createOrdSavedCarts({ legal_entity_id: le, customer_id: `cus_${le}`, name: `корзина ${le}`, items: [] })
        await documents.createDocDocuments({ legal_entity_id: le, type: "invoice", number: `СЧ-${le}`, date: new Date() })
      }
    })

    /** Statements as the ordinary role, with the setting transaction-local (or unset). */
    const asRole = <T>(legalEntity: string | null, fn: (trx: any) => Promise<T>) =>
      knex().transaction(async (trx: any) => {
        await trx.raw(`set local role "${PROBE}"`)
        if (legalEntity !== null) await trx.raw(`select set_config('b2b.legal_entity_id', ?, true)`, [legalEntity])
        return fn(trx)
      })
    const owners = (rows: { legal_entity_id: string }[]) => [...new Set(rows.map((r) => r.legal_entity_id))].filter((x) => x === A || x === B).sort()

    const insertFor: Record<string, string> = {
      b2b_address: `(id, legal_entity_id, address) values (?, ?, 'x')`,
      ord_saved_cart: `(id, legal_entity_id, customer_id, name, items) values (?, ?, 'c', 'n', '[]')`,
      doc_document: `(id, legal_entity_id, type, number, date) values (?, ?, 'invoice', 'RLS-1', now())`,
    }
    for (const table of ["b2b_address", "ord_saved_cart", "doc_document"]) {
      it(`${table}: with company A's setting a query cannot read or write B's rows; unset, everything is visible`, async () => {
        expect(owners(await asRole(A, (t) => t(table).select("legal_entity_id")))).toEqual([A])
        expect(owners(await asRole(B, (t) => t(table).select("legal_entity_id")))).toEqual([B])
        // asked by id or by B's legal entity explicitly: still nothing
        expect(await asRole(A, (t) => t(table).where({ legal_entity_id: B }).select("id"))).toEqual([])
        // B's rows can neither be changed nor deleted from A's scope…
        expect(await asRole(A, (t) => t(table).where({ legal_entity_id: B }).update({ updated_at: new Date() }))).toBe(0)
        expect(await asRole(A, (t) => t(table).where({ legal_entity_id: B }).delete())).toBe(0)
        // …nor created for B
        await expect(
          asRole(A, (t) => t.raw(`insert into ${table} ${insertFor[table]}`, [`rls_${Date.now()}`, B]))
        ).rejects.toThrow(/row-level security/)
        // system, admin and worker contexts (no setting) see every company
        expect(owners(await asRole(null, (t) => t(table).select("legal_entity_id")))).toEqual([A, B].sort())
        expect(owners(await asRole("", (t) => t(table).select("legal_entity_id")))).toEqual([A, B].sort())
      })
    }

    it("the request scope sets the value on whichever pooled connection runs a statement, and never leaks it to the next", async () => {
      const k = knex()
      installRlsSetting(k)
      const setting = async () => (await k.raw(`select coalesce(current_setting('b2b.legal_entity_id', true), '') as v`)).rows[0].v as string
      // many scoped statements at once on the pool, in and out of transactions, each sees its own company
      const seen = await Promise.all(
        Array.from({ length: 24 }, (_, i) => {
          const le = i % 2 ? A : B
          return rlsContext.run({ legalEntityId: le }, async () => {
            const v = i % 3 ? await setting() : await k.transaction(async (trx: any) => (await trx.raw(`select current_setting('b2b.legal_entity_id', true) as v`)).rows[0].v)
            return [le, v]
          })
        })
      )
      for (const [want, got] of seen) expect(got).toBe(want)
      // outside a scope every connection is back to "no company"
      const after = await Promise.all(Array.from({ length: 12 }, () => setting()))
      expect(new Set(after)).toEqual(new Set([""]))
      // and with the ordinary role the policy follows the scope
      const rows = await rlsContext.run({ legalEntityId: A }, () =>
        k.transaction(async (trx: any) => {
          await trx.raw(`set local role "${PROBE}"`)
          return trx("b2b_address").select("legal_entity_id")
        })
      )
      expect(owners(rows)).toEqual([A])
      // a scope entered inside a transaction sets the value there; a ROLLBACK undoes that set_config, and the
      // connection is set again on its next scoped statement (every pooled connection is taken at once below)
      await k
        .transaction(async (trx: any) => {
          expect(await rlsContext.run({ legalEntityId: B }, async () => (await trx.raw(`select current_setting('b2b.legal_entity_id', true) as v`)).rows[0].v)).toBe(B)
          throw new Error("rollback")
        })
        .catch(() => undefined)
      const again = await Promise.all(Array.from({ length: 12 }, () => rlsContext.run({ legalEntityId: B }, setting)))
      expect(new Set(again)).toEqual(new Set([B]))
      expect(await setting()).toBe("")
    })

    it("address-book, saved-cart and document routes run scoped and still work for the acting company", async () => {
      const c = getContainer()
      const admin = await createAdmin(c)
      const pk = await createPublishableKey(c)
      const owner = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
      const created = await api.post(`/store/b2b/addresses`, { address: "г. Москва, ул. Тестовая, 1" }, { headers: owner.headers() })
      expect(created.status).toBe(201)
      const list = await api.get(`/store/b2b/addresses`, { headers: owner.headers() })
      expect(list.data.addresses.map((a: any) => a.legal_entity_id)).toEqual([le.id])
      expect((await api.get(`/store/b2b/saved-carts`, { headers: owner.headers() })).status).toBe(200)
      expect((await api.get(`/store/b2b/documents`, { headers: owner.headers() })).status).toBe(200)
      // the scoped request left no company on any pooled connection
      const vals = await Promise.all(Array.from({ length: 12 }, async () => (await knex().raw(`select coalesce(current_setting('b2b.legal_entity_id', true), '') as v`)).rows[0].v))
      expect(new Set(vals)).toEqual(new Set([""]))
    })
  },
})
