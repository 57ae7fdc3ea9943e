import { model } from "@medusajs/framework/utils"

/** One of the distributor's own legal entities that issues orders and documents. */
export const SellerOrganization = model
  .define("b2b_seller_organization", {
    id: model.id({ prefix: "sorg" }).primaryKey(),
    name: model.text(),
    full_name: model.text(),
    inn: model.text(),
    kpp: model.text().nullable(),
    ogrn: model.text().nullable(),
    address: model.text().nullable(),
    bank_name: model.text().nullable(),
    bik: model.text().nullable(),
    account: model.text().nullable(),
    corr_account: model.text().nullable(),
    director: model.text().nullable(),
    accountant: model.text().nullable(),
    vat_rate: model.number().default(22),
    is_default: model.boolean().default(false),
    one_c_id: model.text().nullable(),
  })
  .indexes([{ on: ["inn", "kpp"], unique: true, where: "deleted_at IS NULL" }])
