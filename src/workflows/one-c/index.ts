export * from "./steps"
export * from "./workflows"
