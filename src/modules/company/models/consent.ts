import { model } from "@medusajs/framework/utils"

/** Consent to personal-data processing (152-FZ): who, when, which text version, from where. */
export const Consent = model
  .define("b2b_consent", {
    id: model.id({ prefix: "bcons" }).primaryKey(),
    subject_email: model.text(),
    customer_id: model.text().nullable(),
    form: model.text(),
    text_version: model.text(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["subject_email"] }, { on: ["customer_id"] }])
