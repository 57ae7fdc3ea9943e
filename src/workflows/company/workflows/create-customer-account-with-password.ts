import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInviteeAccountStep } from "../steps/create-invitee-account"

/**
 * A customer account with an email/password identity (used by the demo seed and by managers
 * creating a person directly). Same step as an accepted invitation, so the account is identical.
 */
export const createCustomerAccountWithPasswordWorkflow = createWorkflow(
  "b2b-create-customer-account-with-password",
  (input: {
    email: string
    password: string
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
  }) => {
    const account = createInviteeAccountStep({ existing_customer_id: null, ...input })
    return new WorkflowResponse(account)
  }
)
