import { model } from "@medusajs/framework/utils"

/** Planned payments of a credit agreement (instalments), shown to the buyer. */
export const CreditPaymentSchedule = model
  .define("credit_payment_schedule", {
    id: model.id({ prefix: "crps" }).primaryKey(),
    account_id: model.text(),
    due_date: model.dateTime(),
    amount: model.bigNumber(),
    currency_code: model.text().default("rub"),
    agreement_number: model.text().nullable(),
    comment: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["account_id", "due_date"] }])
