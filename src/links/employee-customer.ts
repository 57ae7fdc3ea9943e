import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import { companyLinkable } from "./linkables"

/** employee.customer_id → customer (read-only: the id lives on the employee row, no pivot table). */
export default defineLink(
  { linkable: companyLinkable.b2bEmployee, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
