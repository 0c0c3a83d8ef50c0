import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import { formatMajor, MAX_MONEY_MINOR } from '../money/money.js';
import { daysBetween, requireDate, shiftDate } from '../time/calendar-date.js';
import { requireQuantity } from '../shared/validation.js';
import { salesChange } from './sales-change.js';

/** A period's sales of one report row: units ordered and their amount at supply price (minor units). */
export interface PeriodSales {
  qty: number;
  /** Minor units; a bigint when a sum may pass 2^53 (the report's SQL sums are read as bigint). */
  amountMinor: number | bigint;
}

export interface SalesAnomalyInput {
  current: PeriodSales;
  /** The comparable period (`comparablePeriod`). */
  previous: PeriodSales;
  /** Setting `anomalyThresholdPct`: a change strictly beyond ±this many percent. */
  thresholdPct: number;
  /** Setting `anomalyMinUnits`: each period must reach this many units (0: no unit minimum). */
  minUnits: number;
  /** Setting `anomalyMinAmount` in minor units: each period must reach this amount (0: none). */
  minAmountMinor: number;
}

export type SalesAnomalyBranch = 'below_minimum' | 'within_threshold' | 'beyond_threshold';

export interface SalesAnomaly {
  /** 异动: both periods reach the minimum volume and the change is strictly beyond the threshold. */
  anomaly: boolean;
  /** Unit change in percent, 1 decimal, half away from zero; null when the comparable period sold nothing. */
  changePct: number | null;
  branch: SalesAnomalyBranch;
  /** The periods that did not reach the minimum volume (empty unless `below_minimum`). */
  short: ('current' | 'previous')[];
  /** The rule's inputs, JSON-safe (amounts as minor-unit strings, exact past 2^53). */
  inputs: {
    currentQty: number;
    currentAmountMinor: string;
    previousQty: number;
    previousAmountMinor: string;
    thresholdPct: number;
    minUnits: number;
    minAmountMinor: number;
  };
  explanation: Explanation;
}

/** `1234567.5` → `1,234,567.50`: the explanation is read by people (¥ is in the template). */
function amountText(minor: bigint): string {
  const text = minor <= BigInt(MAX_MONEY_MINOR) ? formatMajor(Number(minor)) : (Number(minor) / 100).toFixed(2);
  const [whole, cents = '00'] = text.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents.padEnd(2, '0')}`;
}

function requireAmount(value: number | bigint, path: string): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw DomainError.invalid(path, 'must be an amount ≥ 0 in minor units');
    return value;
  }
  requireQuantity(value, path);
  return BigInt(value);
}

/**
 * 及时发现出现的异动情况, without the noise: a row is flagged only when both periods sold
 * enough to compare (at least `minUnits` units and `minAmountMinor` in each) and the unit
 * change is strictly beyond ±`thresholdPct`. Otherwise the change is still reported, with the
 * branch that kept it from being an anomaly.
 */
export function salesAnomaly(input: SalesAnomalyInput): SalesAnomaly {
  const currentQty = requireQuantity(input.current.qty, 'current/qty');
  const previousQty = requireQuantity(input.previous.qty, 'previous/qty');
  const currentAmount = requireAmount(input.current.amountMinor, 'current/amountMinor');
  const previousAmount = requireAmount(input.previous.amountMinor, 'previous/amountMinor');
  const minUnits = requireQuantity(input.minUnits, 'minUnits');
  const minAmountMinor = requireQuantity(input.minAmountMinor, 'minAmountMinor');
  // salesChange checks the threshold and computes the exact change and its comparison.
  const change = salesChange({ current: currentQty, previous: previousQty, thresholdPct: input.thresholdPct });
  const inputs = {
    currentQty,
    currentAmountMinor: String(currentAmount),
    previousQty,
    previousAmountMinor: String(previousAmount),
    thresholdPct: input.thresholdPct,
    minUnits,
    minAmountMinor,
  };
  const params = {
    currentQty,
    currentAmount: amountText(currentAmount),
    previousQty,
    previousAmount: amountText(previousAmount),
    threshold: input.thresholdPct,
    minUnits,
    minAmount: amountText(BigInt(minAmountMinor)),
    change: change.changePct ?? '',
  };
  const reaches = (qty: number, amount: bigint) => qty >= minUnits && amount >= BigInt(minAmountMinor);
  const short: ('current' | 'previous')[] = [];
  if (!reaches(currentQty, currentAmount)) short.push('current');
  if (!reaches(previousQty, previousAmount)) short.push('previous');
  if (short.length > 0) {
    const which = short.length === 2 ? 'both' : short[0]!;
    return {
      anomaly: false,
      changePct: change.changePct,
      branch: 'below_minimum',
      short,
      inputs,
      explanation: explain(`sales_anomaly.below_minimum_${which}`, params),
    };
  }
  const branch: SalesAnomalyBranch = change.anomaly ? 'beyond_threshold' : 'within_threshold';
  // Only reachable with the minimums switched off: sales from nothing have no percentage.
  const key = change.changePct === null ? 'sales_anomaly.from_nothing' : `sales_anomaly.${branch}` as const;
  return { anomaly: change.anomaly, changePct: change.changePct, branch, short, inputs, explanation: explain(key, params) };
}

/**
 * The period a sales period is compared with: as many days, on the same weekdays, in the
 * weeks right before — the range moved back by whole weeks, as few as make it end before
 * `from` (3 days Tue–Thu → the Tue–Thu a week earlier; 30 days → 35 days earlier). Orders
 * follow the weekly visit rhythm, so equal weekdays compare like with like.
 */
export function comparablePeriod(from: string, to: string): { from: string; to: string; days: number; shiftDays: number } {
  requireDate(from, 'from');
  requireDate(to, 'to');
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw DomainError.invalid('to', 'must not be before from');
  const shiftDays = Math.ceil(days / 7) * 7;
  return { from: shiftDate(from, -shiftDays), to: shiftDate(to, -shiftDays), days, shiftDays };
}
