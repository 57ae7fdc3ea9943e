import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MaskedLocalNotificationService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [MaskedLocalNotificationService] })
