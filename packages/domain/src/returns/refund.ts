import { MAX_MONEY_MINOR } from '../money/money.js';

/**
 * A return's value, the most its refund may be: the returned quantity at the product's supply
 * price (供货价), in minor units. No tolerance: a refund above what the goods cost the store is
 * not a refund. Capped at MAX_MONEY_MINOR (a product of two bounded inputs may exceed it; the
 * refund itself never can), so the comparison stays exact: below the cap the product of two
 * safe integers is exact, at or above it the cap decides.
 *
 * Example: 1 unit at 5.20 → 520 minor units; a refund of 5.20 is allowed, 5.21 is refused.
 */
export function returnValueMinor(qty: number, supplyPriceMinor: number): number {
  return Math.min(qty * supplyPriceMinor, MAX_MONEY_MINOR);
}
