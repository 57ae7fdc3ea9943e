import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { saveTemplateStep } from "../steps/save-template"

export const saveTemplateWorkflow = createWorkflow(
  "documents-save-template",
  (input: {
    type: string
    locale: string
    name: string
    body: string
    css: string
    actor_id: string
  }) => {
    const created = saveTemplateStep(input)
    recordAuditStep(
      transform({ input, created }, ({ input, created }) => [
        {
          action: "document_template.saved",
          actor_type: "user" as const,
          actor_id: input.actor_id,
          resource_type: "document_template",
          resource_id: created.id,
          data: { type: input.type, version: created.version },
        },
      ])
    )
    return new WorkflowResponse(created)
  }
)
