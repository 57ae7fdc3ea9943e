import { model } from "@medusajs/framework/utils"

/**
 * Failed sign-in attempts (customer and staff logins, password-reset requests, 1C exchange logins) counted per
 * account and per client IP in a fixed window, when no Redis is configured: every server instance reads and
 * writes the same row. `id` is a SHA-256 of the counter's key (`login:acct:customer:<e-mail>`,
 * `login:ip:<address>`…), so neither e-mail addresses nor addresses are stored in clear.
 */
export const AuthThrottle = model
  .define("b2b_auth_throttle", {
    id: model.text().primaryKey(),
    count: model.number().default(0),
    reset_at: model.dateTime(),
  })
  .indexes([{ on: ["reset_at"] }])
