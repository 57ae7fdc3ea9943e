/**
 * The plugin's workflows and steps, by domain: what a host app imports as `b2b-portal/workflows`.
 * (src/workflows/hooks registers handlers on core workflows' hooks: loaded by Medusa, not exported.)
 */
export * from "./after-sales"
export * from "./audit"
export * from "./company"
export * from "./credit"
export * from "./documents"
export * from "./ordering"
export * from "./one-c"
export * from "./pricing-contract"
