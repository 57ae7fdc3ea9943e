import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import { companyLinkable } from "./linkables"

/** Products a seller organization sells (orders are split by seller organization). */
export default defineLink(companyLinkable.b2bSellerOrganization, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
