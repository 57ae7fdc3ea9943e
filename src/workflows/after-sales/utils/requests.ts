import { portalSettings } from "../../../lib/portal-settings"

export const managersOrDefault = (emails: string[]) =>
  emails.length ? emails : [portalSettings().managerNotificationEmail]
