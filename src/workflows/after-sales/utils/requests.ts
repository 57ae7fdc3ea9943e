import { portalSettings } from "../../../lib/portal-settings"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import { createRowsStep, updateRowsStep } from "../../common/steps/crud"

export const updateRequests = updateRowsStep<{ id: string } & Record<string, unknown>>(
  AFTER_SALES_MODULE,
  "B2bOrderRequests"
)

export const createMessages = createRowsStep<{
  request_id: string
  author_type: "buyer" | "manager"
  author_id: string | null
  text: string
}>(AFTER_SALES_MODULE, "B2bOrderRequestMessages")

export const managersOrDefault = (emails: string[]) =>
  emails.length ? emails : [portalSettings().managerNotificationEmail]
