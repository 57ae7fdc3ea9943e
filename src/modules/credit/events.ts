/** Events of the credit module: `<module>.<entity>.<action>` (as core's `*WorkflowEvents`). */
export const CreditEvents = {
  ACCOUNT_LIMIT_REACHED: "credit.account.limit_reached",
  ACCOUNT_UNBLOCKED: "credit.account.unblocked",
  ORDER_BLOCKED: "credit.order.blocked",
} as const
