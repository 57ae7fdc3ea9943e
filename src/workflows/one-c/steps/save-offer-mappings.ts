import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { type OfferPlan } from "../utils/offers"

export const saveOfferMappingsStep = createStep(
  "one-c-save-offer-mappings",
  async (rows: OfferPlan["mappings"], { container }) => {
    await container.resolve<OneCModuleService>(ONE_C_MODULE).upsertMappings(rows)
    return new StepResponse(rows.length)
  }
)
