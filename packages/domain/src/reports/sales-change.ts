import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import { formatScaled, pow10, readDecimal } from '../shared/exact-decimal.js';
import { requireQuantity } from '../shared/validation.js';

export interface SalesChangeInput {
  /** This period's quantity or amount (minor units), ≥ 0. */
  current: number;
  /** The previous period of equal length. */
  previous: number;
  /** Setting `anomalyThresholdPct`. */
  thresholdPct: number;
}

export interface SalesChange {
  /** Percent change, rounded half away from zero to 1 decimal; null when the previous period had nothing. */
  changePct: number | null;
  /** The change is strictly beyond ±threshold (exact comparison); anything from nothing is an anomaly. */
  anomaly: boolean;
  explanation: Explanation;
}

/** 及时发现出现的异动情况: flags a report row whose change against the previous period exceeds the threshold. */
export function salesChange(input: SalesChangeInput): SalesChange {
  const { current, previous, thresholdPct } = input;
  requireQuantity(current, 'current');
  requireQuantity(previous, 'previous');
  const threshold = readDecimal(thresholdPct);
  if (!threshold || threshold.units <= 0n) throw DomainError.invalid('thresholdPct', 'must be a percentage above 0');
  const params = { current, previous, threshold: thresholdPct };
  if (previous === 0) {
    return current === 0
      ? { changePct: 0, anomaly: false, explanation: explain('sales.change', { ...params, change: 0 }) }
      : { changePct: null, anomaly: true, explanation: explain('sales.from_nothing', params) };
  }
  const diff = BigInt(current - previous);
  const prev = BigInt(previous);
  // |diff| × 100 / previous > threshold  ⇔  |diff| × 100 × 10^scale > units × previous
  const absDiff = diff < 0n ? -diff : diff;
  const anomaly = absDiff * 100n * pow10(threshold.scale) > threshold.units * prev;
  const tenths = diff * 1000n * 2n;
  const rounded = (tenths + (tenths < 0n ? -prev : prev)) / (2n * prev);
  const changePct = Number(formatScaled(rounded, 1)) + 0;
  return { changePct, anomaly, explanation: explain(anomaly ? 'sales.anomaly' : 'sales.change', { ...params, change: changePct }) };
}
