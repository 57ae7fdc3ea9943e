export * from "./product-terms"
export * from "./saved-cart"
