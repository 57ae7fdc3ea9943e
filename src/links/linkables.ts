import CompanyModule from "../modules/company"

/**
 * Linkable descriptors of our modules for src/links. Accessed untyped: TypeScript's inference of
 * `Module(...).linkable` for a ten-model DML service recurses too deep (TS2589).
 */
export const companyLinkable = (CompanyModule as unknown as { linkable: Record<string, any> })
  .linkable
