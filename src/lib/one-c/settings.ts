import path from "node:path"
import { pluginOptions } from "../plugin-options"

/** Connector settings from the environment (README "1C connector"). */
export const oneCSettings = () => ({
  login: pluginOptions().oneC.exchangeLogin,
  password: pluginOptions().oneC.exchangePassword,
  cookieName: "ONEC_EXCHANGE",
  /** Largest request body 1C may send per `file` call; bigger files arrive in chunks. */
  fileLimit: pluginOptions().oneC.fileLimit,
  /** Work per `import` call before answering `progress` (seconds). */
  stepSeconds: pluginOptions().oneC.stepSeconds,
  /** Upload area; must be shared storage when several instances serve the exchange. */
  dir: path.resolve(pluginOptions().oneC.exchangeDir),
  /** Answers in windows-1251 (what stock 1C expects) unless set to utf-8. */
  answerEncoding: pluginOptions().oneC.answerEncoding,
  schemaVersion: pluginOptions().oneC.schemaVersion,
  maxSessionBytes: pluginOptions().oneC.maxSessionMb * 1024 * 1024,
  zipMaxBytes: pluginOptions().oneC.zipMaxMb * 1024 * 1024,
  zipMaxEntries: pluginOptions().oneC.zipMaxEntries,
  /** Products missing from a completed full export are archived at `deactivate`/`complete`. */
  sweepMissing: pluginOptions().oneC.sweepMissing,
  batchSize: pluginOptions().oneC.batchSize,
  /**
   * Offers per batch, batchSize unless set. 2,000 cut the 10k delta's offers workflow from 5.9 to 4.3 s
   * but made the 100k delta slower (stock 15 → 44 s, prices 10 → 23 s per 100,000 offers): not the default.
   */
  offerBatchSize: pluginOptions().oneC.offerBatchSize!,
  /**
   * Offer batches applied at once (their price and stock statements are Postgres work: two run on two
   * cores). Only batches that create nothing shared run together (every warehouse and characteristic
   * already known, no offer twice); others go one by one. 1 turns it off.
   */
  offerParallel: pluginOptions().oneC.offerParallel,
  sessionIdleHours: pluginOptions().oneC.sessionIdleHours,
})

export type OneCSettings = ReturnType<typeof oneCSettings>
