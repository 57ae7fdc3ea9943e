import type { MedusaResponse } from "@medusajs/framework/http"
import { portalSettings } from "../../../../lib/portal-settings"
import { createRegistrationRequestWorkflow } from "../../../../workflows/company/workflows/create-registration-request"
import { clientIp } from "../../../utils/actor"
import type { B2BRequest } from "../../../utils/b2b-context"
import type { CreateRegistrationRequest } from "./validators"
import type { StoreRegistrationRequestResponse } from "../../../../types/company/http"

/** POST /store/b2b/registration-requests: a visitor applies for an account for a legal entity. */
export async function POST(
  req: B2BRequest<CreateRegistrationRequest>,
  res: MedusaResponse<StoreRegistrationRequestResponse>
) {
  const { consent: _c, ...body } = req.validatedBody
  const ua = req.headers["user-agent"]
  const { result } = await createRegistrationRequestWorkflow(req.scope).run({
    input: {
      ...body,
      consent: {
        text_version: portalSettings().consentTextVersion,
        ip: clientIp(req),
        user_agent: typeof ua === "string" ? ua : null,
      },
    },
  })
  res.status(201).json({ registration_request: { id: result.id, status: result.status } })
}
