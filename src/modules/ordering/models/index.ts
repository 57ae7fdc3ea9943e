export * from "./product-terms"
