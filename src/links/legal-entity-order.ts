import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import { companyLinkable } from "./linkables"

/** The counterparty an order was placed for (one counterparty, many orders). */
export default defineLink(companyLinkable.b2bLegalEntity, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
