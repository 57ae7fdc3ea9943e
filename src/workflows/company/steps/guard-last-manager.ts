import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { company } from "../utils/employees-shared"

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
      { legal_entity_id: emp.legal_entity.id, status: "active" },
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
