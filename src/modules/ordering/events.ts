/** Events of the ordering module: `<module>.<entity>.<action>` (as core's `*WorkflowEvents`). */
export const OrderingEvents = {
  RESERVATION_RELEASED: "ordering.reservation.released",
  PRODUCT_TERMS_UPDATED: "ordering.product_terms.updated",
} as const
