// Placing a 500-line cart. Ours: a company member's contract-priced cart (quick order), checkout
// details set (pickup at the first warehouse, PO number, comment), POST /store/b2b/carts/:id/place with
// the server's split mode `orders`: the lines stocked at that warehouse become one order, the others a
// second one (strict re-price, credit check, reservation, split, invoice enqueued). Plain Medusa: the
// same 500 lines in a cart of a customer of no company, a shipping method and a system payment
// session, POST /store/carts/:id/complete. The two alternate, the first of each (cold) reported apart.
import { bench } from "../lib.mjs"

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function timed(fn) {
  const t = process.hrtime.bigint()
  const r = await fn()
  return [Number(process.hrtime.bigint() - t) / 1e9, r]
}

export async function placeBench({ srv, h, region, products, pg, runs }) {
  const text = products.map((v) => `${v.sku} 10`).join("\n")
  const ph = { authorization: `Bearer ${await srv.login("plain-medusa@bench.local")}` }
  // the warehouse to collect from: the first of the seed's (some lines have no stock there)
  const { rows } = await pg.query(
    "select id from stock_location where deleted_at is null order by created_at, id limit 1"
  )
  const pickup = rows[0].id
  const address = {
    first_name: "Bench",
    last_name: "Buyer",
    address_1: "ул. Складская, 1",
    city: "Москва",
    postal_code: "101000",
    country_code: "ru",
  }

  // Medusa's store steps both sides take: a shipping method of the cart, a system payment session
  const shippingMethod = async (cartId, headers) => {
    const { shipping_options } = await srv.json(
      "GET",
      `/store/shipping-options?cart_id=${cartId}`,
      undefined,
      headers
    )
    if (!shipping_options?.length) return false
    await srv.json(
      "POST",
      `/store/carts/${cartId}/shipping-methods`,
      { option_id: shipping_options[0].id },
      headers
    )
    return true
  }
  const paymentSession = async (cartId, headers) => {
    const { payment_collection } = await srv.json(
      "POST",
      "/store/payment-collections",
      { cart_id: cartId },
      headers
    )
    await srv.json(
      "POST",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      headers
    )
  }

  const ours = async () => {
    const cart = (await srv.json("POST", "/store/carts", { region_id: region }, h)).cart
    const q = await srv.json("POST", `/store/b2b/carts/${cart.id}/quick-order`, { text }, h)
    if (q.summary.added !== products.length) throw new Error("quick order did not add every line")
    // as a storefront checkout does: a shipping method, the details, then the payment session
    await shippingMethod(cart.id, h)
    await srv.json(
      "POST",
      `/store/b2b/carts/${cart.id}/checkout`,
      {
        delivery_method: "pickup",
        pickup_location_id: pickup,
        po_number: "BENCH-500",
        comment: "bench",
      },
      h
    )
    await paymentSession(cart.id, h)
    const [secs, placed] = await timed(() =>
      srv.json("POST", `/store/b2b/carts/${cart.id}/place`, {}, h)
    )
    const { rows } = await pg.query(
      "select count(*)::int as n from order_item where order_id = any($1) and deleted_at is null",
      [placed.orders.map((o) => o.id)]
    )
    return { secs, parts: placed.orders.length, lines: rows[0].n, mode: placed.mode }
  }

  const medusa = async () => {
    const cart = (
      await srv.json(
        "POST",
        "/store/carts",
        {
          region_id: region,
          shipping_address: address,
          items: products.map((v) => ({ variant_id: v.id, quantity: 10 })),
        },
        ph
      )
    ).cart
    if (!(await shippingMethod(cart.id, ph)))
      throw new Error("plain Medusa: no shipping option for the cart")
    await paymentSession(cart.id, ph)
    const [secs, done] = await timed(() =>
      srv.json("POST", `/store/carts/${cart.id}/complete`, {}, ph)
    )
    if (done.type !== "order") throw new Error(`plain Medusa: complete gave ${done.type}`)
    return { secs, parts: 1, lines: done.order.items.length }
  }

  const t = { ours: [], medusa: [] }
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of [
      ["ours", ours],
      ["medusa", medusa],
    ]) {
      const r = await fn()
      t[name].push(r.secs)
      console.log(
        `place ${name} run ${i + 1}: ${r.secs.toFixed(2)} s, ${r.parts} order(s), ${r.lines} lines`
      )
      if (name === "ours" && (r.parts !== 2 || r.lines !== products.length))
        throw new Error(
          `ours: placed as ${r.parts} orders with ${r.lines} lines, not 2 with ${products.length}`
        )
    }
  }
  const warm = (xs) => median(xs.length > 1 ? xs.slice(1) : xs)
  bench("place_500_first", t.ours[0], "s")
  bench("place_500", warm(t.ours), "s")
  bench("medusa_complete_500_first", t.medusa[0], "s")
  bench("medusa_complete_500", warm(t.medusa), "s")
  bench("place_ratio_medusa", warm(t.ours) / warm(t.medusa), "ratio")
}
