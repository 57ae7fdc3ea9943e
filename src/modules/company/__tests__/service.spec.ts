import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from ".."
import CompanyModuleService from "../service"

jest.setTimeout(60 * 1000)

/** The role's json column holds a list of permissions (its DTO types json as an object). */
const perms = (list: string[]) => list as unknown as Record<string, unknown>

moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  resolve: "./src/modules/company",
  testSuite: ({ service }) => {
    describe("acting context", () => {
      it("picks the requested membership, else the default; ignores disabled ones; 404s a foreign counterparty", async () => {
        const holding = await service.createB2bHoldings({ name: "ГК" })
        const [a, b, c] = await service.createB2bLegalEntities([
          { name: "А", inn: "7707083893", holding_id: holding.id, region_code: "central" },
          { name: "Б", inn: "500100732259" },
          { name: "В", inn: "7736050003", kpp: "773601001" },
        ])
        await service.createB2bRoles({
          id: "role_owner",
          code: "owner",
          name: "Владелец",
          permissions: perms(["users.manage", "prices.view"]),
          is_builtin: true,
        })
        await service.createB2bRoles({
          id: "role_viewer",
          code: "viewer",
          name: "Наблюдатель",
          permissions: perms(["catalog.view"]),
          is_builtin: true,
        })
        await service.createB2bEmployees([
          { customer_id: "cus_1", legal_entity_id: a.id, role_id: "role_viewer" },
          { customer_id: "cus_1", legal_entity_id: b.id, role_id: "role_owner", is_default: true },
          {
            customer_id: "cus_1",
            legal_entity_id: c.id,
            role_id: "role_owner",
            status: "disabled",
          },
        ])
        const ctx = await service.resolveActingContext("cus_1")
        expect(ctx!.active.legal_entity_id).toBe(b.id)
        expect(ctx!.memberships.map((m) => m.legal_entity_id).sort()).toEqual([a.id, b.id].sort())
        const asA = await service.resolveActingContext("cus_1", a.id)
        expect(asA!.active).toEqual(
          expect.objectContaining({
            legal_entity_id: a.id,
            holding_id: holding.id,
            region_code: "central",
            permissions: perms(["catalog.view"]),
          })
        )
        await expect(service.resolveActingContext("cus_1", c.id)).rejects.toThrow(/not found/)
        expect(await service.resolveActingContext("cus_nobody")).toBeNull()
      })
    })

    describe("manager scope", () => {
      it("expands holding assignments to their legal entities; executives see all", async () => {
        const h = await service.createB2bHoldings({ name: "Х" })
        const [x, y, z] = await service.createB2bLegalEntities([
          { name: "X", inn: "7707083893", holding_id: h.id },
          { name: "Y", inn: "500100732259", holding_id: h.id },
          { name: "Z", inn: "7736050003" },
        ])
        await service.createB2bManagerAssignments([
          { user_id: "u_mgr", kind: "manager", holding_id: h.id },
          { user_id: "u_mgr", kind: "manager", legal_entity_id: z.id },
          { user_id: "u_exec", kind: "executive" },
        ])
        const mgr = await service.scopeForUser("u_mgr")
        expect(mgr.all).toBe(false)
        expect(mgr.legal_entity_ids.sort()).toEqual([x.id, y.id, z.id].sort())
        expect((await service.scopeForUser("u_exec")).all).toBe(true)
        expect((await service.scopeForUser("u_other")).legal_entity_ids).toEqual([])
      })
    })
  },
})
