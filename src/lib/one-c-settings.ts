import path from "node:path"
import { pluginOptions, processSettings } from "./plugin-options"

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

/** Outbound settings: where 1C's HTTP service listens and how to call it. */
export const outboundSettings = () => ({
  pushUrl: pluginOptions().oneC.pushUrl,
  /** json (our order shape) or commerceml (the same document mode=query returns) */
  pushFormat: pluginOptions().oneC.pushFormat,
  login: pluginOptions().oneC.outboundLogin,
  password: pluginOptions().oneC.outboundPassword,
  timeoutMs: pluginOptions().oneC.pushTimeoutMs,
  maxAttempts: pluginOptions().oneC.pushMaxAttempts,
  pricingUrl: pluginOptions().oneC.pricingUrl,
  pricingTimeoutMs: pluginOptions().oneC.pricingTimeoutMs,
})

/** Retry delay after `attempts` failures: 1, 2, 4 … minutes (base ONE_C_PUSH_BACKOFF_MS), at most 6 hours. */
export const backoffMs = (attempts: number) =>
  Math.min(pluginOptions().oneC.pushBackoffMs * 2 ** Math.max(0, attempts - 1), 6 * 3600_000)

/**
 * Delivery through a BullMQ queue when Redis is configured (REDIS_URL), unless ONE_C_PUSH_QUEUE=db;
 * otherwise the outbox table is worked by the per-minute job. The outbox row stays the record either way.
 */
export const pushQueueMode = () =>
  !!processSettings().redisUrl && pluginOptions().oneC.pushQueue !== "db"
