import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"

/** Values of secret-looking fields and `token=` query parameters, masked (`abcd…***`). */
export function maskSecrets(value: unknown): unknown {
  if (typeof value === "string")
    return value.replace(
      /([?&#](?:token|invite_token|reset_token)=)([^&#\s"']*)/gi,
      (_m, k: string) => `${k}***`
    )
  if (Array.isArray(value)) return value.map(maskSecrets)
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        /token|password|secret|authorization/i.test(k) && v != null ? "***" : maskSecrets(v),
      ])
    )
  }
  return value
}

/**
 * Medusa's local notification provider (it "sends" by writing a log line) with the line masked: the
 * invitation link's token, a password-reset token or any field named like a secret never reaches the log.
 * The notification module still stores the full data in its `notification` table (the provider does not
 * touch that), so a real mail provider, the demo and the tests get the link as before.
 */
export class MaskedLocalNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-local"
  protected logger_: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger_ = logger
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "No notification information provided")
    this.logger_.info(
      `Attempting to send a notification to: '${notification.to}' on the channel: '${notification.channel}' with template: '${notification.template}' and data: '${JSON.stringify(maskSecrets(notification.data))}'`
    )
    return {}
  }
}
