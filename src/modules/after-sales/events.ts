/** Events of the after-sales module: `<module>.<entity>.<action>` (as core's `*WorkflowEvents`). */
export const AfterSalesEvents = {
  REQUEST_CREATED: "after_sales.request.created",
  REQUEST_UPDATED: "after_sales.request.updated",
} as const
