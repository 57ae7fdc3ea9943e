import "server-only";

import { describeError, MISSING_KEY_REASON, withTimeout } from "./errors";
import { apiHeaders } from "./b2b-api";
import { getStoreClient } from "./medusa";
import { apiTarget } from "./session";
import { toProductCard, type ProductCard } from "./products";

export const PRODUCTS_LIMIT = 24;
const REQUEST_TIMEOUT_MS = 10_000;

export type CatalogResult =
  | { ok: true; products: ProductCard[]; count: number; backendUrl: string }
  | { ok: false; reason: string; backendUrl: string };

/** Loads the first page of products for the home page; never throws. */
export async function loadCatalog(): Promise<CatalogResult> {
  const client = getStoreClient();
  const backendUrl = client.config.backendUrl;
  if (!client.ok) {
    return { ok: false, reason: MISSING_KEY_REASON, backendUrl };
  }

  const { regionId } = client.config;
  // a signed-in buyer's listing carries their contract prices (b2b_price_from), added by the backend
  const t = await apiTarget();
  const { authorization, "x-b2b-counterparty": counterparty } = apiHeaders(t);
  const headers = { ...(authorization ? { authorization } : {}), ...(counterparty ? { "x-b2b-counterparty": counterparty } : {}) };
  try {
    const { products, count } = await withTimeout(
      client.sdk.store.product.list({
        limit: PRODUCTS_LIMIT,
        fields: regionId
          ? "id,title,handle,thumbnail,*variants,*variants.calculated_price"
          : "id,title,handle,thumbnail,*variants",
        ...(regionId ? { region_id: regionId } : {}),
      }, headers),
      REQUEST_TIMEOUT_MS,
    );
    const list = Array.isArray(products) ? products : [];
    return {
      ok: true,
      products: list.map(toProductCard),
      count: typeof count === "number" ? count : list.length,
      backendUrl,
    };
  } catch (err) {
    console.error("[storefront] product list failed:", err);
    return { ok: false, reason: describeError(err, backendUrl), backendUrl };
  }
}
