import { model } from "@medusajs/framework/utils"

/**
 * An append-only record of a security-relevant action: role changes, enabling/disabling people,
 * invitation use, impersonation and every write made while impersonating.
 */
export const AuditEvent = model
  .define("b2b_audit_event", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    action: model.text(),
    actor_type: model.enum(["user", "customer", "system", "anonymous"]),
    actor_id: model.text().nullable(),
    impersonator_user_id: model.text().nullable(),
    resource_type: model.text().nullable(),
    resource_id: model.text().nullable(),
    legal_entity_id: model.text().nullable(),
    ip: model.text().nullable(),
    data: model.json().nullable(),
  })
  .indexes([
    { on: ["action"] },
    { on: ["actor_id"] },
    { on: ["impersonator_user_id"] },
    { on: ["legal_entity_id"] },
    { on: ["resource_id"] },
  ])
