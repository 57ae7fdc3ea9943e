export type SellerOrganizationInput = Record<string, unknown> & { is_default?: boolean }
