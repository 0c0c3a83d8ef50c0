import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import type { ExplanationKey } from '../explanations/messages-en.js';
import { formatMajor } from '../money/money.js';
import { formatScaled } from '../shared/exact-decimal.js';
import { requireQuantity } from '../shared/validation.js';
import { daysBetween, requireDate, shiftDate, type CalendarDate } from '../time/calendar-date.js';

/** A promotion's run, both ends inclusive (促销活动执行起/止时间). */
export interface PromotionWindow {
  start: CalendarDate;
  end: CalendarDate;
}

/** Order quantities: a total, or dated quantities that are summed over the matching window. */
export type OrderQuantities = number | readonly { date: CalendarDate; qty: number }[];

export interface PromotionEffectInput {
  window: PromotionWindow;
  /** Ordered units from visits to its stores for its products inside the window. */
  ordersInWindow: OrderQuantities;
  /** The same, in the equally long window right before it (see `baselineWindow`). */
  ordersBefore: OrderQuantities;
  /** The reported actual cost; null while the requester has not reported actuals. */
  actualCostMinor: number | null;
  /**
   * The estimated cost: while no actuals are reported, the cost per extra unit is computed on it
   * and the sentence says so. Without it (and without actuals) there is no cost per extra unit.
   */
  estimatedCostMinor?: number | null;
  /** 活动预估效果: compared when it is a number (estimated extra units). */
  estimatedEffect?: number | string | null;
}

export type CostBasis = 'actual' | 'estimated' | 'unreported';

export interface PromotionEffect {
  window: PromotionWindow;
  baselineWindow: PromotionWindow;
  unitsInWindow: number;
  unitsBefore: number;
  /** unitsInWindow − unitsBefore. */
  extraUnits: number;
  /** Change in percent, rounded half away from zero to 1 decimal; null when nothing was ordered before. */
  upliftPct: number | null;
  /** Which cost the figures use: the reported actuals, the estimate before them, or none. */
  costBasis: CostBasis;
  /** Cost per extra unit on `costBasis`, minor units rounded half up; null without extra units or without a cost. */
  costPerExtraUnitMinor: number | null;
  /** extraUnits − estimated extra units, when the estimate is a number. */
  vsEstimate: { estimatedExtraUnits: number; differenceUnits: number } | null;
  explanation: Explanation;
}

/** The equally long window right before a promotion's window. */
export function baselineWindow(window: PromotionWindow): PromotionWindow {
  const length = daysBetween(requireDate(window.start, 'window/start'), requireDate(window.end, 'window/end')) + 1;
  if (length < 1) throw DomainError.invalid('window/end', 'must not be before window/start');
  return { start: shiftDate(window.start, -length), end: shiftDate(window.start, -1) };
}

function units(quantities: OrderQuantities, window: PromotionWindow, path: string): number {
  if (typeof quantities === 'number') return requireQuantity(quantities, path);
  return quantities.reduce((sum, q, i) => {
    requireDate(q.date, `${path}/${i}/date`);
    return q.date >= window.start && q.date <= window.end ? sum + requireQuantity(q.qty, `${path}/${i}/qty`) : sum;
  }, 0);
}

/** Half away from zero of a / b (b > 0) at `decimals`, exactly, as a number. */
function roundRatio(a: bigint, b: bigint, decimals: number): number {
  const scaled = a * 10n ** BigInt(decimals) * 2n;
  const q = (scaled + (scaled < 0n ? -b : b)) / (2n * b);
  return Number(formatScaled(q, decimals));
}

/** R5 effect: the promotion window's ordered units against the window before it, and the cost per extra unit. */
export function promotionEffect(input: PromotionEffectInput): PromotionEffect {
  const before = baselineWindow(input.window);
  const unitsInWindow = units(input.ordersInWindow, input.window, 'ordersInWindow');
  const unitsBefore = units(input.ordersBefore, before, 'ordersBefore');
  const actual = input.actualCostMinor === null ? null : requireQuantity(input.actualCostMinor, 'actualCostMinor');
  const estimated = input.estimatedCostMinor === null || input.estimatedCostMinor === undefined ? null : requireQuantity(input.estimatedCostMinor, 'estimatedCostMinor');
  const costBasis: CostBasis = actual !== null ? 'actual' : estimated !== null ? 'estimated' : 'unreported';
  const costMinor = actual ?? estimated;
  const extraUnits = unitsInWindow - unitsBefore;
  const upliftPct = unitsBefore > 0 ? roundRatio(BigInt(extraUnits) * 100n, BigInt(unitsBefore), 1) + 0 : null;
  const costPerExtraUnitMinor = extraUnits > 0 && costMinor !== null ? roundRatio(BigInt(costMinor), BigInt(extraUnits), 0) : null;
  const estimate = typeof input.estimatedEffect === 'number' && Number.isFinite(input.estimatedEffect) ? input.estimatedEffect : null;
  const vsEstimate = estimate === null ? null : { estimatedExtraUnits: estimate, differenceUnits: extraUnits - estimate };
  const params: Record<string, string | number> = {
    start: input.window.start,
    end: input.window.end,
    baselineStart: before.start,
    baselineEnd: before.end,
    unitsInWindow,
    unitsBefore,
    extraUnits,
    uplift: upliftPct ?? '',
    costPerExtraUnit: costPerExtraUnitMinor === null ? '' : formatMajor(costPerExtraUnitMinor),
  };
  // The sentence names the cost it used: "actual cost" only for reported actuals.
  if (actual !== null) params.actualCost = formatMajor(actual);
  else if (estimated !== null) params.estimatedCost = formatMajor(estimated);
  // Without a baseline there is no percentage; without extra units there is no cost per unit.
  const outcome = upliftPct === null ? (extraUnits > 0 ? 'no_baseline' : 'no_orders') : extraUnits > 0 ? 'gain' : 'no_gain';
  const key = costBasis === 'actual' ? `promotion_effect.${outcome}` : `promotion_effect.${outcome}.${costBasis}`;
  return {
    window: { start: input.window.start, end: input.window.end },
    baselineWindow: before,
    unitsInWindow,
    unitsBefore,
    extraUnits,
    upliftPct,
    costBasis,
    costPerExtraUnitMinor,
    vsEstimate,
    explanation: explain(key as ExplanationKey, params),
  };
}
