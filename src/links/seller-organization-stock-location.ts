import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import { companyLinkable } from "./linkables"

/** Warehouses a seller organization ships from (one organization, many warehouses). */
export default defineLink(companyLinkable.b2bSellerOrganization, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
