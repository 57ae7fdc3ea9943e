import { model } from "@medusajs/framework/utils"

/** A visitor's application to become a customer on behalf of a legal entity; a manager decides. */
export const RegistrationRequest = model
  .define("b2b_registration_request", {
    id: model.id({ prefix: "breg" }).primaryKey(),
    inn: model.text(),
    kpp: model.text().nullable(),
    company_name: model.text(),
    contact_name: model.text(),
    email: model.text(),
    phone: model.text().nullable(),
    comment: model.text().nullable(),
    status: model.enum(["pending", "accepted", "refused"]).default("pending"),
    legal_entity_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    decided_by_user_id: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decision_reason: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["inn"] }])
