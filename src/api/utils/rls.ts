import { AsyncLocalStorage } from "node:async_hooks"

/**
 * Row-level security, second line of defence (docs/security.md "Row-level security").
 *
 * Policies on company-scoped tables of our modules (b2b_address, ord_saved_cart, doc_document) read the Postgres setting
 * `b2b.legal_entity_id`: unset or empty → every row (system, admin, workers, jobs, 1C); set → only that
 * legal entity's rows, for reads and writes alike.
 *
 * Why the setting is not "SET LOCAL in the request's transaction": Medusa 2.21 has no request-scoped
 * transaction. A module service's reads run under @InjectManager (a forked MikroORM EntityManager, no
 * transaction: every statement autocommits on whichever pooled connection knex hands out) and each write
 * under its own @InjectTransactionManager transaction (one per service call, one per workflow step); see
 * @medusajs/utils dist/modules-sdk/decorators/inject-manager.js and inject-transaction-manager.js, and
 * dist/dal/mikro-orm/mikro-orm-repository.js (transaction() = fork + transactionWrapper). A transaction-local
 * value would cover none of the reads.
 *
 * What is done instead: the request's acting company is kept in an AsyncLocalStorage, and right before a
 * statement runs on a pooled connection the knex Postgres client makes the connection's session value equal
 * to the current one (`select set_config('b2b.legal_entity_id', $1, false)`, only when it differs from what
 * that connection last got). Every statement — inside a transaction or not, on any connection — thus runs
 * with the value of the code that issued it, and a connection returned to the pool carries no stale company
 * into the next request: the next statement resets it (to '' outside a scoped request). A ROLLBACK undoes a
 * set_config made inside the transaction, so the remembered value is forgotten then.
 */
export const RLS_SETTING = "b2b.legal_entity_id"

export type RlsScope = { legalEntityId: string }
export const rlsContext = new AsyncLocalStorage<RlsScope>()

const MARK = Symbol.for("b2b-portal.rls-query")
const LAST = "__b2bRlsLegalEntity"

/**
 * Wraps the knex Postgres client's statement runners `_query` and `_stream` (once per process; no cost outside
 * scoped requests). knex's transaction clients are `Object.create(client.constructor.prototype)`, so the
 * prototype is the one place every statement passes.
 */
export function installRlsSetting(knex: { client: object }) {
  // cast to any: knex keeps its client class internal; the query method patched below is not in its types
  const proto = Object.getPrototypeOf(knex.client) as any
  if (proto[MARK] || typeof proto._query !== "function") return
  const ensure = (connection: any): Promise<void> | null => {
    const want = rlsContext.getStore()?.legalEntityId ?? ""
    const have: string = connection?.[LAST] ?? ""
    if (want === have || !connection?.query) return null
    return new Promise<void>((resolve, reject) =>
      connection.query(
        { text: `select set_config('${RLS_SETTING}', $1, false)`, values: [want] },
        (err: Error | null) => {
          if (err) return reject(err)
          connection[LAST] = want
          resolve()
        }
      )
    )
  }
  const forgetOnRollback = (connection: any, obj: { sql?: string }) => (res: unknown) => {
    if (connection && typeof obj?.sql === "string" && /^\s*rollback/i.test(obj.sql))
      delete connection[LAST]
    return res
  }
  const query = proto._query
  proto._query = function (this: unknown, connection: any, obj: { sql?: string }) {
    const pending = ensure(connection)
    const run = () => query.call(this, connection, obj).then(forgetOnRollback(connection, obj))
    return pending ? pending.then(run) : run()
  }
  const stream = proto._stream
  if (typeof stream === "function") {
    proto._stream = function (this: unknown, connection: any, ...rest: unknown[]) {
      const pending = ensure(connection)
      return pending
        ? pending.then(() => stream.call(this, connection, ...rest))
        : stream.call(this, connection, ...rest)
    }
  }
  proto[MARK] = true
}
