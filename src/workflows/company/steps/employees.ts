import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

const company = (c: { resolve: <T>(k: string) => T }) =>
  c.resolve<CompanyModuleService>(COMPANY_MODULE)

/** Refuses to add a person twice to the same legal entity. */
export const ensureNotEmployeeStep = createStep(
  "b2b-ensure-not-employee",
  async (input: { customer_id: string; legal_entity_id: string }, { container }) => {
    const existing = await company(container).listB2bEmployees({
      customer_id: input.customer_id,
      legal_entity_id: input.legal_entity_id,
    } as any)
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "This person is already an employee of this company"
      )
    }
    return new StepResponse(true)
  }
)

/**
 * Makes one membership the customer's default and clears the flag on the others; when `only_if_none`
 * is set it does so only if the customer has no default yet. Compensation restores the old flags.
 */
export const setDefaultMembershipStep = createStep(
  "b2b-set-default-membership",
  async (
    input: { customer_id: string; employee_id: string; only_if_none?: boolean },
    { container }
  ) => {
    const svc = company(container)
    const all = await svc.listB2bEmployees({ customer_id: input.customer_id }, { take: null })
    const previous = all.map((e) => ({ id: e.id, is_default: e.is_default }))
    if (input.only_if_none && all.some((e) => e.is_default && e.id !== input.employee_id)) {
      return new StepResponse(false, [] as typeof previous)
    }
    await svc.updateB2bEmployees(
      all.map((e) => ({ id: e.id, is_default: e.id === input.employee_id }))
    )
    return new StepResponse(true, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await company(container).updateB2bEmployees(previous)
  }
)

/**
 * A company must keep at least one active employee who can manage users; refuses a change that
 * would remove, disable or demote the last one.
 */
export const guardLastManagerStep = createStep(
  "b2b-guard-last-user-manager",
  async (
    input: {
      employee_id: string
      next_role_id?: string | null
      next_status?: string | null
      removing?: boolean
    },
    { container }
  ) => {
    const svc = company(container)
    const [emp] = await svc.listB2bEmployees(
      { id: input.employee_id },
      { relations: ["legal_entity"] }
    )
    if (!emp)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Employee with id ${input.employee_id} was not found`
      )
    const colleagues = await svc.listB2bEmployees(
      { legal_entity_id: emp.legal_entity.id, status: "active" } as any,
      { take: null }
    )
    const roles = await svc.listB2bRoles({
      id: [...new Set([...colleagues.map((c) => c.role_id), input.next_role_id ?? emp.role_id])],
    })
    const canManage = (roleId: string) =>
      ((roles.find((r) => r.id === roleId)?.permissions as unknown as string[]) ?? []).includes(
        "users.manage"
      )
    const managersAfter = colleagues.filter((c) => {
      if (c.id !== emp.id) return canManage(c.role_id)
      if (input.removing || (input.next_status && input.next_status !== "active")) return false
      return canManage(input.next_role_id ?? c.role_id)
    })
    const managersBefore = colleagues.filter((c) => canManage(c.role_id))
    if (managersBefore.length > 0 && managersAfter.length === 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The company must keep at least one active employee who can manage users (users.manage)"
      )
    }
    return new StepResponse(emp)
  }
)
