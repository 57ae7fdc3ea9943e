import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { migrateCharacteristicOptionsStep } from "../steps/migrate-characteristic-options"

/** One batch of products imported with the single «Вариант» option, converted to real options. */
export const migrateCharacteristicOptionsWorkflow = createWorkflow(
  "one-c-migrate-characteristic-options",
  (input: { product_ids: string[] }) => {
    return new WorkflowResponse(migrateCharacteristicOptionsStep(input))
  }
)
