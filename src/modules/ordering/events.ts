/** Events of the ordering module: `<module>.<entity>.<action>` (as core's `*WorkflowEvents`). */
export const OrderingEvents = {
  RESERVATION_RELEASED: "ordering.reservation.released",
  PRODUCT_TERMS_UPDATED: "ordering.product_terms.updated",
  /** A buyer cancelled an order on the portal (payload: order_id, legal_entity_id, customer_id). */
  ORDER_CANCELED: "ordering.order.canceled",
} as const
