export * from "./order-request"
