import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { innFrom9, ogrnFrom12 } from "../../modules/company"
import { createCustomerAccountWithPasswordWorkflow } from "../../workflows/company/workflows/create-customer-account-with-password"
import { addEmployeeWorkflow } from "../../workflows/company/workflows/add-employee"
import { createHoldingWorkflow } from "../../workflows/company/workflows/create-holding"
import { createLegalEntityWorkflow } from "../../workflows/company/workflows/create-legal-entity"
import { assignManagerWorkflow } from "../../workflows/company/workflows/assign-manager"

export const DEMO_PASSWORD = "demo12345"

type Le = {
  key: string
  name: string
  full: string
  inn9: string
  kpp: string | null
  ogrn12: string
  city: string
}

/** Deterministic demo companies: 2 holdings × 3 legal entities + 2 standalone companies. */
export const DEMO_HOLDINGS: { name: string; entities: Le[] }[] = [
  {
    name: "ГК «СтройИнвест»",
    entities: [
      {
        key: "si-msk",
        name: "СтройИнвест Москва",
        full: "Общество с ограниченной ответственностью «СтройИнвест Москва»",
        inn9: "772401234",
        kpp: "772401001",
        ogrn12: "117774612345",
        city: "г. Москва, ул. Кожуховская, д. 12",
      },
      {
        key: "si-spb",
        name: "СтройИнвест СПб",
        full: "Общество с ограниченной ответственностью «СтройИнвест Санкт-Петербург»",
        inn9: "781402345",
        kpp: "781401001",
        ogrn12: "117784723456",
        city: "г. Санкт-Петербург, Лиговский пр., д. 50",
      },
      {
        key: "si-montazh",
        name: "СтройИнвест Монтаж",
        full: "Общество с ограниченной ответственностью «СтройИнвест Монтаж»",
        inn9: "503203456",
        kpp: "503201001",
        ogrn12: "118503234567",
        city: "Московская обл., г. Одинцово, ул. Маршала Жукова, д. 3",
      },
    ],
  },
  {
    name: "Холдинг «ЭлектроМонтаж»",
    entities: [
      {
        key: "em-center",
        name: "ЭлектроМонтаж Центр",
        full: "Общество с ограниченной ответственностью «ЭлектроМонтаж Центр»",
        inn9: "771504567",
        kpp: "771501001",
        ogrn12: "119774645678",
        city: "г. Москва, ул. Бутырская, д. 75",
      },
      {
        key: "em-service",
        name: "ЭлектроМонтаж Сервис",
        full: "Акционерное общество «ЭлектроМонтаж Сервис»",
        inn9: "773005678",
        kpp: "773001001",
        ogrn12: "120774756789",
        city: "г. Москва, Рязанский пр., д. 8",
      },
      {
        key: "em-nw",
        name: "ЭлектроМонтаж Северо-Запад",
        full: "Общество с ограниченной ответственностью «ЭлектроМонтаж Северо-Запад»",
        inn9: "780606789",
        kpp: "780601001",
        ogrn12: "121784867890",
        city: "г. Санкт-Петербург, ул. Седова, д. 11",
      },
    ],
  },
]
export const DEMO_STANDALONE: Le[] = [
  {
    key: "romashka",
    name: "Ромашка",
    full: "Общество с ограниченной ответственностью «Ромашка»",
    inn9: "760407890",
    kpp: "760401001",
    ogrn12: "122760078901",
    city: "г. Ярославль, ул. Свободы, д. 2",
  },
  {
    key: "ip-kuznetsov",
    name: "ИП Кузнецов А. В.",
    full: "Индивидуальный предприниматель Кузнецов Алексей Викторович",
    inn9: "",
    kpp: null,
    ogrn12: "",
    city: "г. Тверь, ул. Советская, д. 20",
  },
]

/** People: email → memberships. One person (the holding's CEO) acts for all three of its entities. */
export const DEMO_PEOPLE: {
  email: string
  first: string
  last: string
  memberships: { le: string; role: string; default?: boolean }[]
}[] = [
  {
    email: "ceo@stroyinvest.demo",
    first: "Андрей",
    last: "Волков",
    memberships: [
      { le: "si-msk", role: "owner", default: true },
      { le: "si-spb", role: "owner" },
      { le: "si-montazh", role: "owner" },
    ],
  },
  {
    email: "buyer@stroyinvest.demo",
    first: "Мария",
    last: "Орлова",
    memberships: [
      { le: "si-msk", role: "buyer", default: true },
      { le: "si-spb", role: "buyer" },
    ],
  },
  {
    email: "accountant@stroyinvest.demo",
    first: "Ольга",
    last: "Никитина",
    memberships: [{ le: "si-msk", role: "accountant", default: true }],
  },
  {
    email: "viewer@stroyinvest.demo",
    first: "Павел",
    last: "Громов",
    memberships: [{ le: "si-msk", role: "viewer", default: true }],
  },
  {
    email: "owner@electromontazh.demo",
    first: "Игорь",
    last: "Соколов",
    memberships: [
      { le: "em-center", role: "owner", default: true },
      { le: "em-service", role: "owner" },
      { le: "em-nw", role: "owner" },
    ],
  },
  {
    email: "buyer@electromontazh.demo",
    first: "Елена",
    last: "Киселёва",
    memberships: [
      { le: "em-center", role: "buyer", default: true },
      { le: "em-nw", role: "buyer" },
    ],
  },
  {
    email: "accountant@electromontazh.demo",
    first: "Татьяна",
    last: "Фёдорова",
    memberships: [{ le: "em-service", role: "accountant", default: true }],
  },
  {
    email: "owner@romashka.demo",
    first: "Сергей",
    last: "Лебедев",
    memberships: [{ le: "romashka", role: "owner", default: true }],
  },
  {
    email: "buyer@romashka.demo",
    first: "Наталья",
    last: "Белова",
    memberships: [{ le: "romashka", role: "buyer", default: true }],
  },
  {
    email: "kuznetsov@ip.demo",
    first: "Алексей",
    last: "Кузнецов",
    memberships: [{ le: "ip-kuznetsov", role: "owner", default: true }],
  },
]

export const DEMO_STAFF = [
  {
    email: "director@b2b-portal.local",
    first: "Виктор",
    last: "Романов",
    kind: "executive" as const,
    holdings: [] as string[],
  },
  {
    email: "manager@b2b-portal.local",
    first: "Дарья",
    last: "Морозова",
    kind: "manager" as const,
    holdings: ["ГК «СтройИнвест»"],
  },
  {
    email: "manager2@b2b-portal.local",
    first: "Кирилл",
    last: "Зайцев",
    kind: "manager" as const,
    holdings: ["Холдинг «ЭлектроМонтаж»"],
  },
  {
    email: "assistant@b2b-portal.local",
    first: "Юлия",
    last: "Степанова",
    kind: "assistant" as const,
    holdings: ["ГК «СтройИнвест»"],
  },
]

// A sole proprietor has a 12-digit INN and a 15-digit OGRNIP; both fixed, valid values.
const IP_INN = "690100732280"
const IP_OGRNIP = "304690123400022"

async function ensureAdminUser(
  container: MedusaContainer,
  email: string,
  password: string,
  first: string,
  last: string
) {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) return existing.id as string
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (!authIdentity) throw new Error(`cannot register admin ${email}: ${error}`)
  const { result } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email, first_name: first, last_name: last },
    },
  })
  return result.id as string
}

/** Idempotent: everything is looked up by INN / email before it is created. */
export async function seedCompanies(
  container: MedusaContainer,
  opts: { adminEmail: string; adminPassword: string }
) {
  const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  const leIds = new Map<string, string>()
  const holdingIds = new Map<string, string>()
  const system = { actor_type: "system" as const, actor_id: "seed" }

  const ensureLe = async (le: Le, holdingId: string | null) => {
    const inn = le.key === "ip-kuznetsov" ? IP_INN : innFrom9(le.inn9)
    const [found] = await company.listB2bLegalEntities({ inn })
    if (found) return leIds.set(le.key, found.id)
    const { result } = await createLegalEntityWorkflow(container).run({
      input: {
        legal_entity: {
          name: le.name,
          full_name: le.full,
          inn,
          kpp: le.kpp,
          ogrn: le.key === "ip-kuznetsov" ? IP_OGRNIP : ogrnFrom12(le.ogrn12),
          legal_address: le.city,
          actual_address: le.city,
          holding_id: holdingId,
        },
        actor: system,
      },
    })
    leIds.set(le.key, result.id)
  }

  for (const h of DEMO_HOLDINGS) {
    const [found] = await company.listB2bHoldings({ name: h.name })
    const id =
      found?.id ??
      (await createHoldingWorkflow(container).run({ input: { name: h.name } })).result.id
    holdingIds.set(h.name, id)
    for (const le of h.entities) await ensureLe(le, id)
  }
  for (const le of DEMO_STANDALONE) await ensureLe(le, null)

  for (const p of DEMO_PEOPLE) {
    const [existing] = await customers.listCustomers({ email: p.email, has_account: true })
    const customerId =
      existing?.id ??
      (
        await createCustomerAccountWithPasswordWorkflow(container).run({
          input: {
            email: p.email,
            password: DEMO_PASSWORD,
            first_name: p.first,
            last_name: p.last,
          },
        })
      ).result.customer_id
    const memberships = await company.listB2bEmployees({ customer_id: customerId }, { take: null })
    for (const m of p.memberships) {
      const leId = leIds.get(m.le)!
      if (memberships.some((e) => e.legal_entity_id === leId)) continue
      await addEmployeeWorkflow(container).run({
        input: {
          legal_entity_id: leId,
          customer_id: customerId,
          role_id: `role_${m.role}`,
          is_default: !!m.default,
          actor: system,
        },
      })
    }
  }

  const adminId = await ensureAdminUser(
    container,
    opts.adminEmail,
    opts.adminPassword,
    "Администратор",
    "Портала"
  )
  const assignments = await company.listB2bManagerAssignments({}, { take: null })
  const has = (user_id: string, kind: string, holding_id: string | null) =>
    assignments.some(
      (a) => a.user_id === user_id && a.kind === kind && (a.holding_id ?? null) === holding_id
    )
  if (!has(adminId, "executive", null)) {
    await assignManagerWorkflow(container).run({
      input: { user_id: adminId, kind: "executive", by_user_id: adminId },
    })
  }
  for (const s of DEMO_STAFF) {
    const uid = await ensureAdminUser(container, s.email, opts.adminPassword, s.first, s.last)
    if (s.kind === "executive") {
      if (!has(uid, "executive", null))
        await assignManagerWorkflow(container).run({
          input: { user_id: uid, kind: "executive", by_user_id: adminId },
        })
      continue
    }
    for (const hName of s.holdings) {
      const hid = holdingIds.get(hName)!
      if (!has(uid, s.kind, hid))
        await assignManagerWorkflow(container).run({
          input: { user_id: uid, kind: s.kind, holding_id: hid, by_user_id: adminId },
        })
    }
  }
  // Standalone companies are served by the first manager.
  const mgrId = await ensureAdminUser(
    container,
    DEMO_STAFF[1].email,
    opts.adminPassword,
    DEMO_STAFF[1].first,
    DEMO_STAFF[1].last
  )
  for (const le of DEMO_STANDALONE) {
    const leId = leIds.get(le.key)!
    if (!assignments.some((a) => a.user_id === mgrId && a.legal_entity_id === leId)) {
      await assignManagerWorkflow(container).run({
        input: { user_id: mgrId, kind: "manager", legal_entity_id: leId, by_user_id: adminId },
      })
    }
  }
  return {
    legal_entities: leIds.size,
    holdings: holdingIds.size,
    people: DEMO_PEOPLE.length,
    staff: DEMO_STAFF.length + 1,
  }
}

export function demoLoginsText(adminEmail: string, adminPassword: string) {
  const lines = [
    `Staff (admin at /app, password ${adminPassword}):`,
    `  ${adminEmail} — executive (sees all companies)`,
    ...DEMO_STAFF.map(
      (s) => `  ${s.email} — ${s.kind}${s.holdings.length ? ` of ${s.holdings.join(", ")}` : ""}`
    ),
    `Buyers (storefront, password ${DEMO_PASSWORD}):`,
    ...DEMO_PEOPLE.map(
      (p) => `  ${p.email} — ${p.memberships.map((m) => `${m.role}@${m.le}`).join(", ")}`
    ),
  ]
  return lines.join("\n")
}
