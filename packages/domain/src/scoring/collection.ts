import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import { formatMajor } from '../money/money.js';
import { formatScaled } from '../shared/exact-decimal.js';
import { requireDate, type CalendarDate } from '../time/calendar-date.js';
import { requireMonth, shiftMonth, type Month } from '../time/month.js';
import { fromHalfPoints, toHalfPoints } from './half-points.js';

function requireMinor(value: number, path: string): number {
  if (!Number.isSafeInteger(value)) throw DomainError.invalid(path, 'must be a whole number of minor units');
  return value;
}

/** 当月按计划未完成回款额滚动加入下月计划: what a month left uncollected joins the next month's plan. */
export function collectionCarryIn(prevEffectivePlanMinor: number, prevActualMinor: number): number {
  requireMinor(prevEffectivePlanMinor, 'prevEffectivePlanMinor');
  requireMinor(prevActualMinor, 'prevActualMinor');
  return Math.max(0, prevEffectivePlanMinor - prevActualMinor);
}

export interface AmountOnDate {
  /** Local date: the booking date of a collection, the execution date of a refund. */
  date: CalendarDate;
  amountMinor: number;
}

export interface CollectionActual {
  collectedMinor: number;
  refundedMinor: number;
  /** 实际回款额…并扣除退货退款额: collections dated in the month minus refunds executed in it. */
  actualMinor: number;
}

/** A month's actual collection; entries outside `month` are ignored. */
export function collectionActual(
  month: Month,
  collections: readonly AmountOnDate[],
  refunds: readonly AmountOnDate[] = [],
): CollectionActual {
  requireMonth(month, 'month');
  const sum = (entries: readonly AmountOnDate[], name: string) =>
    entries.reduce((total, e, i) => {
      requireDate(e.date, `${name}/${i}/date`);
      requireMinor(e.amountMinor, `${name}/${i}/amountMinor`);
      return e.date.startsWith(`${month}-`) ? total + e.amountMinor : total;
    }, 0);
  const collectedMinor = sum(collections, 'collections');
  const refundedMinor = sum(refunds, 'refunds');
  return { collectedMinor, refundedMinor, actualMinor: collectedMinor - refundedMinor };
}

export interface CollectionMonthRecord {
  month: Month;
  /** The month's own plan; null when none was set. */
  planMinor: number | null;
  actualMinor: number;
}

export interface CollectionMonthPlan extends CollectionMonthRecord {
  carryInMinor: number;
  /** planMinor + carryInMinor: what the month's rate is measured against. */
  effectivePlanMinor: number;
}

/**
 * Effective plans along a chain of months. The first month starts without carry-in; a month
 * missing between two records is filled in with no plan and no collection (its carry-in
 * passes through to the next). `throughMonth` extends the chain to a later month the same way.
 * @throws DomainError VALIDATION for a month given twice.
 */
export function collectionChain(records: readonly CollectionMonthRecord[], throughMonth?: Month): CollectionMonthPlan[] {
  const byMonth = new Map<Month, CollectionMonthRecord>();
  records.forEach((r, i) => {
    requireMonth(r.month, `${i}/month`);
    if (r.planMinor !== null) requireMinor(r.planMinor, `${i}/planMinor`);
    requireMinor(r.actualMinor, `${i}/actualMinor`);
    if (byMonth.has(r.month)) throw DomainError.invalid(`${i}/month`, `${r.month} is given twice`);
    byMonth.set(r.month, r);
  });
  const months = [...byMonth.keys()].sort();
  const first = months[0];
  if (first === undefined) return [];
  let last = months[months.length - 1] as Month;
  if (throughMonth !== undefined && requireMonth(throughMonth, 'throughMonth') > last) last = throughMonth;

  const chain: CollectionMonthPlan[] = [];
  let carryInMinor = 0;
  for (let month = first; month <= last; month = shiftMonth(month, 1)) {
    const record = byMonth.get(month) ?? { month, planMinor: null, actualMinor: 0 };
    const effectivePlanMinor = (record.planMinor ?? 0) + carryInMinor;
    chain.push({ ...record, carryInMinor, effectivePlanMinor });
    carryInMinor = collectionCarryIn(effectivePlanMinor, record.actualMinor);
  }
  return chain;
}

/** The carry-in of `month` given the records of the months before it (later records are ignored). */
export function carryInFor(month: Month, previousMonths: readonly CollectionMonthRecord[]): number {
  requireMonth(month, 'month');
  const before = previousMonths.filter((r) => r.month < month);
  if (before.length === 0) return 0;
  const chain = collectionChain([...before, { month, planMinor: null, actualMinor: 0 }]);
  return chain[chain.length - 1]?.carryInMinor ?? 0;
}

export interface CollectionLineInput {
  planMinor: number | null;
  actualMinor: number;
  carryInMinor: number;
  /** Scheme `collectionPointsPerPercent` (0.5), a multiple of 0.5. */
  pointsPerPercent: number;
}

export interface CollectionLine {
  /** False when the effective plan is 0 (no plan and nothing carried in): 0 points. */
  applicable: boolean;
  planMinor: number | null;
  carryInMinor: number;
  effectivePlanMinor: number;
  actualMinor: number;
  /** 回款完成率 in percent, truncated toward 100% at 5 decimals ("97.4", "102.99999"); null if not applicable. */
  ratePercent: string | null;
  /** d = rate×100 − 100, truncated toward 0 at 5 decimals ("-2.6"); null if not applicable. */
  deviationPercent: string | null;
  /** Whole percentage points counted: sign(d) × trunc(|d|); null if not applicable. */
  countedPercent: number | null;
  points: number;
  explanation: Explanation;
}

const DISPLAY_DECIMALS = 5;

/**
 * R4 `collection`: 回款完成率=本月实际回款额/本月计划回款额; 100% neither adds nor deducts;
 * 每超(降)1个百分点，奖(罚)0.5分. Only whole percentage points count, truncated toward 100%:
 * 102.99999% earns +1.0, 103% earns +1.5, 97.4% costs -1.0. All integer arithmetic.
 */
export function collectionLine(input: CollectionLineInput): CollectionLine {
  const planMinor = input.planMinor === null ? null : requireMinor(input.planMinor, 'planMinor');
  const actualMinor = requireMinor(input.actualMinor, 'actualMinor');
  const carryInMinor = requireMinor(input.carryInMinor, 'carryInMinor');
  const perPercent = toHalfPoints(input.pointsPerPercent, 'pointsPerPercent');
  const effectivePlanMinor = (planMinor ?? 0) + carryInMinor;
  const base = { planMinor, carryInMinor, effectivePlanMinor, actualMinor };
  const money = {
    plan: formatMajor(planMinor ?? 0),
    carryIn: formatMajor(carryInMinor),
    effectivePlan: formatMajor(effectivePlanMinor),
    actual: formatMajor(actualMinor),
  };
  if (effectivePlanMinor <= 0) {
    return {
      ...base,
      applicable: false,
      ratePercent: null,
      deviationPercent: null,
      countedPercent: null,
      points: 0,
      explanation: explain('score.collection.not_applicable', money),
    };
  }
  // d = 100 × (actual − plan) / plan; BigInt division truncates toward zero, i.e. toward 100%.
  const plan = BigInt(effectivePlanMinor);
  const excess = 100n * (BigInt(actualMinor) - plan);
  const counted = Number(excess / plan);
  const scale = 10n ** BigInt(DISPLAY_DECIMALS);
  const deviationScaled = (excess * scale) / plan;
  const deviationPercent = formatScaled(deviationScaled, DISPLAY_DECIMALS);
  const ratePercent = formatScaled(100n * scale + deviationScaled, DISPLAY_DECIMALS);
  const points = fromHalfPoints(counted * perPercent);
  return {
    ...base,
    applicable: true,
    ratePercent,
    deviationPercent,
    countedPercent: counted + 0,
    points,
    explanation: explain('score.collection.scored', {
      ...money,
      rate: ratePercent,
      deviation: deviationPercent,
      counted: counted + 0,
      perPercent: input.pointsPerPercent,
      points,
    }),
  };
}
