/**
 * The permission vocabulary of a buyer company and the built-in role matrix.
 * Built-in roles are rows with fixed ids (inserted by the module's migration) so employees can
 * reference them; companies add custom roles with any subset of these permissions.
 */
export const PERMISSIONS = [
  "catalog.view",
  "prices.view",
  "cart.manage",
  "orders.create",
  "orders.view_own",
  "orders.view_all",
  "orders.cancel",
  "invoices.view",
  "finance.view",
  "reports.view",
  "documents.view",
  "documents.request",
  "users.view",
  "users.manage",
  "addresses.manage",
  "company.view",
  "company.manage",
] as const

export type Permission = (typeof PERMISSIONS)[number]

export const isPermission = (p: string): p is Permission =>
  (PERMISSIONS as readonly string[]).includes(p)

export type BuiltinRoleCode = "owner" | "buyer" | "accountant" | "viewer"

export const BUILTIN_ROLES: Record<
  BuiltinRoleCode,
  { id: string; name: string; permissions: Permission[] }
> = {
  owner: { id: "role_owner", name: "Руководитель (владелец)", permissions: [...PERMISSIONS] },
  buyer: {
    id: "role_buyer",
    name: "Закупщик",
    permissions: [
      "catalog.view",
      "prices.view",
      "cart.manage",
      "orders.create",
      "orders.view_own",
      "orders.cancel",
      "documents.view",
      "documents.request",
      "company.view",
    ],
  },
  accountant: {
    id: "role_accountant",
    name: "Бухгалтер",
    permissions: [
      "catalog.view",
      "prices.view",
      "orders.view_all",
      "invoices.view",
      "finance.view",
      "reports.view",
      "documents.view",
      "documents.request",
      "company.view",
    ],
  },
  viewer: { id: "role_viewer", name: "Наблюдатель", permissions: ["catalog.view", "company.view"] },
}

export const BUILTIN_ROLE_IDS = Object.values(BUILTIN_ROLES).map((r) => r.id)
