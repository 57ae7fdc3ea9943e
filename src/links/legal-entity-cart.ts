import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import { companyLinkable } from "./linkables"

/** The counterparty a cart is being assembled for (one counterparty, many carts). */
export default defineLink(companyLinkable.b2bLegalEntity, {
  linkable: CartModule.linkable.cart,
  isList: true,
})
