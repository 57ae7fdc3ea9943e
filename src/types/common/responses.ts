/**
 * Response shapes shared by the whole plugin, self-contained (they import nothing). Re-exported by ./http.ts.
 */

/** GET /b2b/health: liveness, and how long the database took to answer */
export type HealthResponse = { status: "ok"; plugin: string; db_ms: number }
