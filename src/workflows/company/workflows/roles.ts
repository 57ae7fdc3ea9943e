import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { recordAuditStep } from "../../audit/steps/record-audit"
import {
  createCompanyRowsStep,
  softDeleteCompanyRowsStep,
  updateCompanyRowsStep,
} from "../steps/crud"
import type { Actor } from "./employees"

const createB2bRoles = createCompanyRowsStep<{
  code: string
  name: string
  permissions: string[]
  legal_entity_id: string
  is_builtin: false
}>("B2bRoles")
const updateB2bRoles = updateCompanyRowsStep<{ id: string; name?: string; permissions?: string[] }>(
  "B2bRoles"
)
const deleteB2bRoles = softDeleteCompanyRowsStep("B2bRoles")

/** Custom roles only: built-in roles are fixed; a role is editable only by its own company. */
const loadCustomRoleStep = createStep(
  "b2b-load-custom-role",
  async (input: { id: string; legal_entity_id: string; deleting?: boolean }, { container }) => {
    const svc = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [role] = await svc.listB2bRoles({ id: input.id })
    if (!role || (role.legal_entity_id !== input.legal_entity_id && !role.is_builtin)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Role with id ${input.id} was not found`)
    }
    if (role.is_builtin)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Built-in roles cannot be changed")
    if (input.deleting) {
      const used = await svc.listB2bEmployees({ role_id: role.id } as any, { take: 1 })
      if (used.length)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "This role is assigned to employees; reassign them first"
        )
    }
    return new StepResponse(role)
  }
)

export const createRoleWorkflow = createWorkflow(
  "b2b-create-role",
  (input: {
    legal_entity_id: string
    code: string
    name: string
    permissions: string[]
    actor: Actor
  }) => {
    const created = createB2bRoles(
      transform({ input }, ({ input }) => [
        {
          code: input.code,
          name: input.name,
          permissions: input.permissions,
          legal_entity_id: input.legal_entity_id,
          is_builtin: false as const,
        },
      ])
    )
    const role = transform({ created }, ({ created }) => created[0])
    recordAuditStep(
      transform({ input, role }, ({ input, role }) => [
        {
          action: "role.created",
          ...input.actor,
          resource_type: "role",
          resource_id: role.id,
          legal_entity_id: input.legal_entity_id,
          data: { permissions: input.permissions },
        },
      ])
    )
    emitEventStep({
      eventName: "company.role_created",
      data: transform({ role }, ({ role }) => ({ id: role.id })),
    })
    return new WorkflowResponse(role)
  }
)

export const updateRoleWorkflow = createWorkflow(
  "b2b-update-role",
  (input: {
    id: string
    legal_entity_id: string
    name?: string
    permissions?: string[]
    actor: Actor
  }) => {
    loadCustomRoleStep({ id: input.id, legal_entity_id: input.legal_entity_id })
    const updated = updateB2bRoles(
      transform({ input }, ({ input }) => {
        const row: { id: string; name?: string; permissions?: string[] } = { id: input.id }
        if (input.name) row.name = input.name
        if (input.permissions) row.permissions = input.permissions
        return [row]
      })
    )
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "role.updated",
          ...input.actor,
          resource_type: "role",
          resource_id: input.id,
          legal_entity_id: input.legal_entity_id,
          data: { permissions: input.permissions ?? null },
        },
      ])
    )
    emitEventStep({ eventName: "company.role_updated", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

export const deleteRoleWorkflow = createWorkflow(
  "b2b-delete-role",
  (input: { id: string; legal_entity_id: string; actor: Actor }) => {
    loadCustomRoleStep({ id: input.id, legal_entity_id: input.legal_entity_id, deleting: true })
    deleteB2bRoles(transform({ input }, ({ input }) => [input.id]))
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "role.deleted",
          ...input.actor,
          resource_type: "role",
          resource_id: input.id,
          legal_entity_id: input.legal_entity_id,
        },
      ])
    )
    emitEventStep({ eventName: "company.role_deleted", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
