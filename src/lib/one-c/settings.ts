import path from "node:path"

/** Connector settings from the environment (README "1C connector"). */
export const oneCSettings = () => ({
  login: process.env.ONE_C_EXCHANGE_LOGIN || "",
  password: process.env.ONE_C_EXCHANGE_PASSWORD || "",
  cookieName: "ONEC_EXCHANGE",
  /** Largest request body 1C may send per `file` call; bigger files arrive in chunks. */
  fileLimit: Number(process.env.ONE_C_FILE_LIMIT || 50 * 1024 * 1024),
  /** Work per `import` call before answering `progress` (seconds). */
  stepSeconds: Number(process.env.ONE_C_STEP_SECONDS ?? 15),
  /** Upload area; must be shared storage when several instances serve the exchange. */
  dir: path.resolve(
    process.env.ONE_C_EXCHANGE_DIR || path.join(process.cwd(), ".data", "1c-exchange")
  ),
  /** Answers in windows-1251 (what stock 1C expects) unless set to utf-8. */
  answerEncoding: (process.env.ONE_C_ANSWER_ENCODING || "windows-1251").toLowerCase(),
  schemaVersion: process.env.ONE_C_SCHEMA_VERSION || "2.08",
  maxSessionBytes: Number(process.env.ONE_C_MAX_SESSION_MB || 4096) * 1024 * 1024,
  zipMaxBytes: Number(process.env.ONE_C_ZIP_MAX_MB || 4096) * 1024 * 1024,
  zipMaxEntries: Number(process.env.ONE_C_ZIP_MAX_ENTRIES || 200000),
  /** Products missing from a completed full export are archived at `deactivate`/`complete`. */
  sweepMissing: (process.env.ONE_C_SWEEP_MISSING ?? "true") !== "false",
  batchSize: Number(process.env.ONE_C_BATCH_SIZE || 500),
  /**
   * Offers per batch, batchSize unless set. 2,000 cut the 10k delta's offers workflow from 5.9 to 4.3 s
   * but made the 100k delta slower (stock 15 → 44 s, prices 10 → 23 s per 100,000 offers): not the default.
   */
  offerBatchSize: Number(process.env.ONE_C_OFFER_BATCH_SIZE || process.env.ONE_C_BATCH_SIZE || 500),
  /**
   * Offer batches applied at once (their price and stock statements are Postgres work: two run on two
   * cores). Only batches that create nothing shared run together (every warehouse and characteristic
   * already known, no offer twice); others go one by one. 1 turns it off.
   */
  offerParallel: Math.max(1, Number(process.env.ONE_C_OFFER_PARALLEL || 2)),
  sessionIdleHours: Number(process.env.ONE_C_SESSION_IDLE_HOURS || 12),
})

export type OneCSettings = ReturnType<typeof oneCSettings>
