// after-sales: its workflows and steps (helpers in ./utils stay internal)
export * from "./workflows/add-order-request-message"
export * from "./workflows/cancel-order-request"
export * from "./workflows/create-order-request"
export * from "./workflows/decide-order-request"
export * from "./steps/load-order-request"
export * from "./steps/prepare-order-request"
