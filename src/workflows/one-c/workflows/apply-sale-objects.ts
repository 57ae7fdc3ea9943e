import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { XNode } from "../../../modules/one-c"
import { applySaleObjectsStep } from "../steps/apply-sale-objects"

/** One batch of documents or counterparties from 1C's sale exchange. */
export const applySaleObjectsWorkflow = createWorkflow(
  "one-c-apply-sale-objects",
  (input: { kind: "document" | "counterparty"; nodes: XNode[] }) => {
    return new WorkflowResponse(applySaleObjectsStep(input))
  }
)
