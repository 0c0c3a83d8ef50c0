import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import { ceilDiv, formatScaled, pow10, readDecimal } from '../shared/exact-decimal.js';
import { requireQuantity } from '../shared/validation.js';

/** What the previous visit of the store that counted this product recorded. */
export interface ReorderHistory {
  prevStock: number;
  /** Order quantity placed at that visit, 0 if none. */
  prevOrder: number;
}

export interface SuggestOrderOptions {
  /** Setting `reorderFactor` (1.5); read as the decimal written, at most 6 decimals. */
  factor: number;
  /** The product's pack size; the suggestion is rounded up to whole packs. */
  packSize: number;
}

export const SUGGEST_ORDER_FLAGS = ['stock_rose_without_order'] as const;
export type SuggestOrderFlag = (typeof SUGGEST_ORDER_FLAGS)[number];

export interface OrderSuggestion {
  /** Units to order, a multiple of `packSize`, never negative; null without history. */
  suggested: number | null;
  reason: 'no_history' | 'computed';
  flags: SuggestOrderFlag[];
  inputs: {
    prevStock: number | null;
    prevOrder: number | null;
    currentStock: number;
    factor: number;
    packSize: number;
  };
  /** Units sold since the previous visit (0 when the data says stock rose without an order). */
  sold: number | null;
  /** `sold × factor − currentStock`, exact (e.g. 5.5). */
  raw: number | null;
  /** The computation in symbols: "(20 + 30 - 10) × 1.5 - 10 = 50". Empty without history. */
  formula: string;
  explanation: Explanation;
}

/**
 * R1, 1.5倍订量原则: 本期应订货量 = (上期库存 + 上期订货量 − 本期库存) × 1.5 − 本期库存,
 * at least 0, rounded up to a whole unit and then to whole packs. Exact: the factor is
 * read as a decimal fraction and all arithmetic is on integers.
 * @throws DomainError VALIDATION for negative or fractional quantities, a factor that is not
 *   a positive number with at most 6 decimals, or a pack size below 1.
 */
export function suggestOrder(
  history: ReorderHistory | null,
  currentStock: number,
  opts: SuggestOrderOptions,
): OrderSuggestion {
  requireQuantity(currentStock, 'currentStock');
  if (!Number.isSafeInteger(opts.packSize) || opts.packSize < 1) {
    throw DomainError.invalid('packSize', 'must be a whole number ≥ 1');
  }
  const factor = readDecimal(opts.factor);
  if (!factor || factor.units <= 0n || factor.scale > 6) {
    throw DomainError.invalid('factor', 'must be a number above 0 with at most 6 decimals');
  }
  const { packSize } = opts;

  if (history === null) {
    return {
      suggested: null,
      reason: 'no_history',
      flags: [],
      inputs: { prevStock: null, prevOrder: null, currentStock, factor: opts.factor, packSize },
      sold: null,
      raw: null,
      formula: '',
      explanation: explain('suggestion.no_history', { currentStock }),
    };
  }

  const prevStock = requireQuantity(history.prevStock, 'prevStock');
  const prevOrder = requireQuantity(history.prevOrder, 'prevOrder');
  const soldRaw = prevStock + prevOrder - currentStock;
  const flags: SuggestOrderFlag[] = soldRaw < 0 ? ['stock_rose_without_order'] : [];
  const sold = Math.max(0, soldRaw);

  // raw = sold × units/10^scale − currentStock = rawScaled / 10^scale
  const denominator = pow10(factor.scale);
  const rawScaled = BigInt(sold) * factor.units - BigInt(currentStock) * denominator;
  const rawText = formatScaled(rawScaled, factor.scale);
  const units = Math.max(0, Number(ceilDiv(rawScaled, denominator)));
  const suggested = Math.ceil(units / packSize) * packSize; // integers: exact

  const soldText = flags.length
    ? `max(0, ${prevStock} + ${prevOrder} - ${currentStock})`
    : `(${prevStock} + ${prevOrder} - ${currentStock})`;
  const formula = `${soldText} × ${String(opts.factor)} - ${currentStock} = ${rawText}`;
  const key = flags.length
    ? packSize > 1
      ? 'suggestion.stock_rose_pack'
      : 'suggestion.stock_rose'
    : packSize > 1
      ? 'suggestion.computed_pack'
      : 'suggestion.computed';

  return {
    suggested,
    reason: 'computed',
    flags,
    inputs: { prevStock, prevOrder, currentStock, factor: opts.factor, packSize },
    sold,
    raw: Number(rawText),
    formula,
    explanation: explain(key, { prevStock, prevOrder, currentStock, factor: opts.factor, packSize, sold, raw: rawText, suggested, formula }),
  };
}
