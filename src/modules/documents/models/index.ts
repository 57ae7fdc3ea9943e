export * from "./document"
export * from "./template"
export * from "./number-series"
