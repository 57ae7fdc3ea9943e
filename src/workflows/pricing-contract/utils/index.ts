export * from "./erp-hook"
export * from "./price-list-file"
export * from "./resolve-prices"
