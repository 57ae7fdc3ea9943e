export * from "./product-terms"
export * from "./saved-cart"
export * from "./order-status"
