import { DomainError } from '../errors/domain-error.js';
import type { Explanation, ExplanationParams } from '../explanations/explanation.js';
import { requireQuantity } from '../shared/validation.js';
import { daysBetween, requireDate, shiftDate, type CalendarDate } from '../time/calendar-date.js';
import type { ReturnReason, ReturnStatus } from '../vocabulary/returns.js';
import type { StoreStatus } from '../vocabulary/stores.js';

/** 包装内商品多于2/3: remaining × 3 > total × 2. */
export const PACKAGING_MIN_SHARE = { numerator: 2, denominator: 3 } as const;
/** 距离保质期90天以上: at least this many days before expiry ("以上" includes 90). */
export const SLOW_MOVING_MIN_DAYS_LEFT = 90;

export interface DateWindow {
  /** First day, inclusive. */
  from: CalendarDate;
  /** Last day, inclusive. */
  to: CalendarDate;
}

export interface ReturnEligibilityInput {
  reason: ReturnReason;
  requestDate: CalendarDate;
  /** packaging_damage: units still in the damaged package. */
  contentsRemaining?: number | null;
  /** packaging_damage: units a full package holds. */
  contentsTotal?: number | null;
  /** slow_moving: the returned goods' production date. */
  productionDate?: CalendarDate | null;
  /** slow_moving: the product's shelf life. */
  shelfLifeDays?: number | null;
  /** company_clearance: the product's clearance windows (公司指定清场产品), both ends inclusive. */
  clearanceWindows?: readonly DateWindow[] | null;
  /** store_closure: the store's status. */
  storeStatus?: StoreStatus | null;
}

export const RETURN_ELIGIBILITY_BRANCHES = [
  'packaging_above_two_thirds',
  'packaging_not_above_two_thirds',
  'packaging_contents_missing',
  'packaging_contents_inconsistent',
  'quality_defect',
  'slow_moving_enough_shelf_life',
  'slow_moving_too_close_to_expiry',
  'slow_moving_production_date_missing',
  'slow_moving_shelf_life_missing',
  'slow_moving_produced_after_request',
  'clearance_window_covers',
  'clearance_window_outside',
  'clearance_not_listed',
  'store_closing',
  'store_active',
  'store_status_missing',
  'other_non_standard',
] as const;
export type ReturnEligibilityBranch = (typeof RETURN_ELIGIBILITY_BRANCHES)[number];

/** The inputs and computed values a branch used; only those the branch looked at are present. */
export interface ReturnFacts {
  reason: ReturnReason;
  requestDate: CalendarDate;
  /** Comma-separated names of the missing inputs. */
  missing?: string;
  contentsRemaining?: number;
  contentsTotal?: number;
  /** contentsRemaining × 3 and contentsTotal × 2, the two sides of the comparison. */
  left?: number;
  right?: number;
  /** '2/3' for packaging, 90 (days) for slow-moving goods. */
  threshold?: number | string;
  productionDate?: CalendarDate;
  shelfLifeDays?: number;
  expiry?: CalendarDate;
  daysLeft?: number;
  /** The clearance window covering the request date. */
  from?: CalendarDate;
  to?: CalendarDate;
  /** The clearance windows, none covering the request date, as "from..to, from..to". */
  windows?: string;
  storeStatus?: StoreStatus;
}

/** The facts, flat for direct reading (`explanation.daysLeft`), plus `key`/`params` for `renderExplanation`. */
export type ReturnExplanation = ReturnFacts & Explanation;

export interface ReturnEligibility {
  eligible: boolean;
  reason: ReturnReason;
  branch: ReturnEligibilityBranch;
  explanation: ReturnExplanation;
}

function decide(
  input: ReturnEligibilityInput,
  eligible: boolean,
  branch: ReturnEligibilityBranch,
  facts: Omit<ReturnFacts, 'reason' | 'requestDate'> = {},
): ReturnEligibility {
  const all: ReturnFacts = { reason: input.reason, requestDate: input.requestDate, ...facts };
  const params: ExplanationParams = {};
  for (const [name, value] of Object.entries(all)) if (value !== undefined) params[name] = value as string | number;
  return { eligible, reason: input.reason, branch, explanation: { ...all, key: `return.${branch}`, params } };
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function packagingDamage(input: ReturnEligibilityInput): ReturnEligibility {
  const { contentsRemaining: remaining, contentsTotal: total } = input;
  if (!present(remaining) || !present(total)) {
    const missing = [!present(remaining) && 'contentsRemaining', !present(total) && 'contentsTotal'].filter(Boolean).join(', ');
    return decide(input, false, 'packaging_contents_missing', { missing });
  }
  requireQuantity(remaining, 'contentsRemaining');
  requireQuantity(total, 'contentsTotal');
  if (total === 0 || remaining > total) {
    return decide(input, false, 'packaging_contents_inconsistent', { contentsRemaining: remaining, contentsTotal: total });
  }
  const { numerator, denominator } = PACKAGING_MIN_SHARE;
  const left = remaining * denominator;
  const right = total * numerator;
  const facts = { contentsRemaining: remaining, contentsTotal: total, left, right, threshold: `${numerator}/${denominator}` };
  return left > right
    ? decide(input, true, 'packaging_above_two_thirds', facts)
    : decide(input, false, 'packaging_not_above_two_thirds', facts);
}

function slowMoving(input: ReturnEligibilityInput): ReturnEligibility {
  const { productionDate, shelfLifeDays, requestDate } = input;
  if (!present(productionDate)) return decide(input, false, 'slow_moving_production_date_missing', { missing: 'productionDate' });
  requireDate(productionDate, 'productionDate');
  if (!present(shelfLifeDays)) return decide(input, false, 'slow_moving_shelf_life_missing', { missing: 'shelfLifeDays', productionDate });
  if (!Number.isSafeInteger(shelfLifeDays) || shelfLifeDays < 1) {
    throw DomainError.invalid('shelfLifeDays', 'must be a whole number ≥ 1');
  }
  if (productionDate > requestDate) {
    // Goods cannot be produced after they are returned: a typo must not approve itself.
    return decide(input, false, 'slow_moving_produced_after_request', { productionDate });
  }
  const expiry = shiftDate(productionDate, shelfLifeDays);
  const daysLeft = daysBetween(requestDate, expiry);
  const facts = { productionDate, shelfLifeDays, expiry, daysLeft, threshold: SLOW_MOVING_MIN_DAYS_LEFT };
  return daysLeft >= SLOW_MOVING_MIN_DAYS_LEFT
    ? decide(input, true, 'slow_moving_enough_shelf_life', facts)
    : decide(input, false, 'slow_moving_too_close_to_expiry', facts);
}

function companyClearance(input: ReturnEligibilityInput): ReturnEligibility {
  const windows = input.clearanceWindows ?? [];
  windows.forEach((w, i) => {
    requireDate(w.from, `clearanceWindows/${i}/from`);
    requireDate(w.to, `clearanceWindows/${i}/to`);
  });
  if (windows.length === 0) return decide(input, false, 'clearance_not_listed');
  const covering = windows.find((w) => w.from <= input.requestDate && input.requestDate <= w.to);
  if (covering) return decide(input, true, 'clearance_window_covers', { from: covering.from, to: covering.to });
  const listed = windows.map((w) => `${w.from}..${w.to}`).join(', ');
  return decide(input, false, 'clearance_window_outside', { windows: listed });
}

function storeClosure(input: ReturnEligibilityInput): ReturnEligibility {
  const status = input.storeStatus;
  if (!present(status)) return decide(input, false, 'store_status_missing', { missing: 'storeStatus' });
  return status === 'closing' || status === 'closed'
    ? decide(input, true, 'store_closing', { storeStatus: status })
    : decide(input, false, 'store_active', { storeStatus: status });
}

/**
 * R2, 退货标准: is this return covered by the standard? An eligible return is approved by
 * the standard itself; anything else waits for someone holding `returns.approve`
 * (超出标准外的退货，先请示后执行). Missing inputs make a request non-standard (pending), with
 * a branch naming what is missing; malformed inputs throw.
 * @throws DomainError VALIDATION for a malformed date, negative/fractional contents or shelf life.
 */
export function returnEligibility(input: ReturnEligibilityInput): ReturnEligibility {
  requireDate(input.requestDate, 'requestDate');
  switch (input.reason) {
    case 'packaging_damage':
      return packagingDamage(input);
    case 'quality_defect':
      return decide(input, true, 'quality_defect');
    case 'slow_moving':
      return slowMoving(input);
    case 'company_clearance':
      return companyClearance(input);
    case 'store_closure':
      return storeClosure(input);
    case 'other':
      return decide(input, false, 'other_non_standard');
    default:
      throw DomainError.invalid('reason', 'must be a return reason');
  }
}

/** The status a new return starts in: the standard approves eligible ones (approver "standard"). */
export function initialReturnStatus(eligibility: Pick<ReturnEligibility, 'eligible'>): ReturnStatus {
  return eligibility.eligible ? 'approved' : 'pending_approval';
}
