import { MedusaService } from "@medusajs/framework/utils"
import { AuditEvent } from "./models/audit-event"

class AuditModuleService extends MedusaService({ B2bAuditEvent: AuditEvent }) {}

export default AuditModuleService
