import { model } from "@medusajs/framework/utils"

/**
 * An entry of a counterparty's address book: where goods go (delivery), its legal address, or the
 * contact who collects an order (pickup_contact). One address per legal entity may be the default.
 */
export const Address = model
  .define("b2b_address", {
    id: model.id({ prefix: "badr" }).primaryKey(),
    legal_entity_id: model.text(),
    kind: model.enum(["delivery", "legal", "pickup_contact"]).default("delivery"),
    label: model.text().nullable(),
    /** Consignee (грузополучатель) when it is not the counterparty itself. */
    consignee_name: model.text().nullable(),
    consignee_inn: model.text().nullable(),
    consignee_kpp: model.text().nullable(),
    postal_code: model.text().nullable(),
    /** Region, city, street, building in one line, as printed on documents. */
    address: model.text(),
    /** Sales region (as stock_location.metadata.region_code and b2b_legal_entity.region_code). */
    region_code: model.text().nullable(),
    contact_name: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    comment: model.text().nullable(),
    is_default: model.boolean().default(false),
    one_c_id: model.text().nullable(),
  })
  .indexes([
    { on: ["legal_entity_id"] },
    { on: ["legal_entity_id"], unique: true, where: "is_default = true AND deleted_at IS NULL" },
    {
      on: ["legal_entity_id", "one_c_id"],
      unique: true,
      where: "deleted_at IS NULL AND one_c_id IS NOT NULL",
    },
  ])
