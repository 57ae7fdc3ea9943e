import { exchangeHandler } from "../../utils/one-c-exchange"

/** GET|POST /1c/exchange: the CommerceML 2 exchange with 1C (handler in utils/one-c-exchange.ts). */
export const GET = exchangeHandler
export const POST = exchangeHandler
