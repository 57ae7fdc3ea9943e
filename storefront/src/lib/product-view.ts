import { formatMoney } from "./format";

/** A variant as the store API returns it to a signed-in buyer (b2b_price from the contract engine). */
export type VariantLike = {
  id: string;
  title?: string | null;
  sku?: string | null;
  inventory_quantity?: number | null;
  manage_inventory?: boolean | null;
  allow_backorder?: boolean | null;
  b2b_price?: { amount: number | string | null; currency_code: string } | null;
};

export type VariantRow = { id: string; title: string; sku: string; price: string | null; stock: string; orderable: boolean };

/** Stock in words a buyer can act on: exact up to 100, "> 100" beyond (competitors are buyers too). */
export function stockLabel(v: Pick<VariantLike, "inventory_quantity" | "manage_inventory" | "allow_backorder">): { label: string; orderable: boolean } {
  if (v.manage_inventory === false) return { label: "в наличии", orderable: true };
  const q = typeof v.inventory_quantity === "number" ? v.inventory_quantity : null;
  if (q !== null && q > 100) return { label: "более 100 шт.", orderable: true };
  if (q !== null && q > 0) return { label: `${q} шт.`, orderable: true };
  return v.allow_backorder ? { label: "под заказ", orderable: true } : { label: "нет в наличии", orderable: false };
}

export function variantRows(variants: VariantLike[] | null | undefined): VariantRow[] {
  return (variants ?? []).map((v) => {
    const s = stockLabel(v);
    const amount = v.b2b_price?.amount;
    return {
      id: v.id,
      title: v.title?.trim() || "—",
      sku: v.sku?.trim() || "—",
      price: amount === null || amount === undefined ? null : formatMoney(amount, v.b2b_price!.currency_code),
      stock: s.label,
      orderable: s.orderable,
    };
  });
}

/**
 * A dynamic route segment as typed: Next hands `params` over percent-encoded, and 1C products get
 * Cyrillic handles ("стулья-05e26d77"), which the store API must receive decoded. A malformed escape is
 * kept as it is (no such product then, rather than an error page).
 */
export function routeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
