import { model } from "@medusajs/framework/utils"

/** A single-use invitation of a person into a legal entity; only the SHA-256 of the token is stored. */
export const Invitation = model
  .define("b2b_invitation", {
    id: model.id({ prefix: "binv" }).primaryKey(),
    legal_entity_id: model.text(),
    email: model.text(),
    role_id: model.text(),
    token_hash: model.text(),
    status: model.enum(["pending", "accepted", "revoked"]).default("pending"),
    expires_at: model.dateTime(),
    invited_by_customer_id: model.text().nullable(),
    invited_by_user_id: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
    accepted_customer_id: model.text().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }, { on: ["legal_entity_id"] }])
