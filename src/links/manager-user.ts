import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import { companyLinkable } from "./linkables"

/** manager_assignment.user_id → admin user (read-only). */
export default defineLink(
  { linkable: companyLinkable.b2bManagerAssignment, field: "user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
