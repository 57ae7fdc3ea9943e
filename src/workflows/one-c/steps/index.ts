export * from "./classifier"
export * from "./offers"
export * from "./products"
export * from "./sale"
