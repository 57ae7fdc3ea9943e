import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { createHash, randomBytes } from "node:crypto"
import {
  Address,
  Consent,
  Employee,
  Holding,
  Invitation,
  LegalEntity,
  ManagerAssignment,
  RegistrationRequest,
  RequisitesChangeRequest,
  Role,
  SellerOrganization,
} from "./models"
import { isPermission, type Permission } from "./permissions"

export type ActingMembership = {
  employee_id: string
  legal_entity_id: string
  legal_entity_name: string
  legal_entity_status: "active" | "blocked"
  holding_id: string | null
  region_code: string | null
  role_id: string
  role_code: string
  role_name: string
  permissions: Permission[]
  is_default: boolean
}

export type ActingContext = {
  customer_id: string
  active: ActingMembership
  memberships: ActingMembership[]
}

export const hashInvitationToken = (token: string) =>
  createHash("sha256").update(token, "utf8").digest("hex")
export const newInvitationToken = () => randomBytes(32).toString("base64url")

// Keys match the DML model names (b2b_*), so Query's generated calls (listB2bLegalEntities…) resolve.
class CompanyModuleService extends MedusaService({
  B2bHolding: Holding,
  B2bLegalEntity: LegalEntity,
  B2bRole: Role,
  B2bEmployee: Employee,
  B2bInvitation: Invitation,
  B2bRegistrationRequest: RegistrationRequest,
  B2bManagerAssignment: ManagerAssignment,
  B2bSellerOrganization: SellerOrganization,
  B2bConsent: Consent,
  B2bRequisitesChange: RequisitesChangeRequest,
  B2bAddress: Address,
}) {
  /**
   * The memberships of a customer (active employees of active or blocked legal entities) and the one
   * it acts for: the requested legal entity if the customer belongs to it, else its default.
   * Returns null when the customer is no (active) employee anywhere.
   * Throws NOT_FOUND when a legal entity is requested that the customer does not belong to.
   */
  async resolveActingContext(
    customerId: string,
    requestedLegalEntityId?: string | null
  ): Promise<ActingContext | null> {
    const employees = await this.listB2bEmployees(
      { customer_id: customerId, status: "active" },
      { relations: ["legal_entity"], take: null }
    )
    if (!employees.length) return null
    const roleIds = [...new Set(employees.map((e) => e.role_id))]
    const roles = await this.listB2bRoles({ id: roleIds }, { take: null })
    const roleById = new Map(roles.map((r) => [r.id, r]))
    const memberships: ActingMembership[] = employees
      .filter((e) => e.legal_entity)
      .map((e) => {
        const role = roleById.get(e.role_id)
        const perms = ((role?.permissions as unknown as string[] | null) ?? []).filter(isPermission)
        return {
          employee_id: e.id,
          legal_entity_id: e.legal_entity.id,
          legal_entity_name: e.legal_entity.name,
          legal_entity_status: e.legal_entity.status as "active" | "blocked",
          holding_id:
            (e.legal_entity as unknown as { holding_id: string | null }).holding_id ?? null,
          region_code:
            (e.legal_entity as unknown as { region_code: string | null }).region_code ?? null,
          role_id: e.role_id,
          role_code: role?.code ?? "unknown",
          role_name: role?.name ?? "unknown",
          permissions: perms,
          is_default: e.is_default,
        }
      })
      .sort(
        (a, b) =>
          Number(b.is_default) - Number(a.is_default) ||
          a.legal_entity_name.localeCompare(b.legal_entity_name)
      )
    if (!memberships.length) return null
    let active = memberships[0]
    if (requestedLegalEntityId) {
      const found = memberships.find((m) => m.legal_entity_id === requestedLegalEntityId)
      if (!found) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Counterparty ${requestedLegalEntityId} was not found`
        )
      }
      active = found
    }
    return { customer_id: customerId, active, memberships }
  }

  /**
   * Legal entity ids an admin user may see: null = all (executive, or a user with no assignment
   * when `openWhenUnassigned` is set, i.e. a store without manager scoping configured).
   */
  async scopeForUser(
    userId: string
  ): Promise<{ all: boolean; legal_entity_ids: string[]; holding_ids: string[] }> {
    const assignments = await this.listB2bManagerAssignments({ user_id: userId }, { take: null })
    if (assignments.some((a) => a.kind === "executive"))
      return { all: true, legal_entity_ids: [], holding_ids: [] }
    const holdingIds = assignments.map((a) => a.holding_id).filter((x): x is string => !!x)
    const direct = assignments.map((a) => a.legal_entity_id).filter((x): x is string => !!x)
    const viaHolding = holdingIds.length
      ? (
          await this.listB2bLegalEntities(
            { holding_id: holdingIds },
            {
              select: ["id"],
              take: null,
            }
          )
        ).map((l) => l.id)
      : []
    return {
      all: false,
      legal_entity_ids: [...new Set([...direct, ...viaHolding])],
      holding_ids: holdingIds,
    }
  }
}

export default CompanyModuleService
