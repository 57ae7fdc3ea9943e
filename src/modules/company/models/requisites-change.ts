import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"

/** A buyer's request to change its legal entity's requisites, with a supporting document; a manager decides. */
export const RequisitesChangeRequest = model
  .define("b2b_requisites_change", {
    id: model.id({ prefix: "breq" }).primaryKey(),
    legal_entity_id: model.text(),
    requested_by_customer_id: model.text(),
    changes: model.json(),
    document_file_id: model.text().nullable(),
    document_name: model.text().nullable(),
    document_url: model.text().nullable(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    decided_by_user_id: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decision_reason: model.text().nullable(),
  })
  .indexes([{ on: ["legal_entity_id"] }, { on: ["status"] }])

/** a requisites change row with its json changes typed (field → new value, as the store route validates them) */
export type RequisitesChangeRow = Omit<InferTypeOf<typeof RequisitesChangeRequest>, "changes"> & {
  changes: Record<string, string>
}
