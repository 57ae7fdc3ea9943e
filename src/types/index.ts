/** HTTP types of the plugin's API, per domain (type-only: no runtime code). */
export type * as AfterSalesHttp from "./after-sales/http"
export type * as CommonHttp from "./common/http"
export type * as CompanyHttp from "./company/http"
export type * as CreditHttp from "./credit/http"
export type * as DocumentsHttp from "./documents/http"
export type * as OneCHttp from "./one-c/http"
export type * as OrderingHttp from "./ordering/http"
export type * as PricingHttp from "./pricing/http"
