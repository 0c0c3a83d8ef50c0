import type { FieldError } from '../errors/domain-error.js';
import { isMoney } from '../money/money.js';
import { isNonEmptyString, isNonNegativeInteger, isRecord, validationResult, type ValidationResult } from '../shared/validation.js';
import { isDate } from '../time/calendar-date.js';
import { PROMOTION_SOURCES, type PromotionSource } from '../vocabulary/promotions.js';

/**
 * The application form (促销活动申请表) as `POST /promotions` receives it; money in major units.
 * `baselineSales` (促销前的销量) and `estimatedEffect` (活动预估效果) may be a number or text.
 */
export interface PromotionApplication {
  title: string;
  source: PromotionSource;
  storeIds: string[];
  productIds: string[];
  startDate: string;
  endDate: string;
  purpose: string;
  storeSupport?: string | null;
  baselineSales?: number | string | null;
  materials: { name: string; qty: number }[];
  staffCount: number;
  estimatedCost: number;
  estimatedEffect?: number | string | null;
}

const isStatement = (v: unknown) => isNonEmptyString(v) || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

/**
 * R5's rules on the form: 店方要求支持的 must state 店方给予的支持; 业务人员发现销售机会申请的
 * must state 促销前的销量 and 预估效果; every application states its estimated effect;
 * endDate ≥ startDate (dates may lie in the past: registered after the fact).
 */
export function validatePromotionApplication(input: unknown): ValidationResult {
  if (!isRecord(input)) return validationResult([{ path: '', message: 'must be an object' }]);
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });

  if (!isNonEmptyString(input.title)) fail('/title', 'is required');
  if (!(PROMOTION_SOURCES as readonly unknown[]).includes(input.source)) fail('/source', `must be one of ${PROMOTION_SOURCES.join(', ')}`);
  for (const list of ['storeIds', 'productIds'] as const) {
    const ids = input[list];
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isNonEmptyString)) fail(`/${list}`, 'must list at least one id');
    else if (new Set(ids).size !== ids.length) fail(`/${list}`, 'must not repeat an id');
  }
  if (!isDate(input.startDate)) fail('/startDate', 'must be a date YYYY-MM-DD');
  if (!isDate(input.endDate)) fail('/endDate', 'must be a date YYYY-MM-DD');
  else if (isDate(input.startDate) && input.endDate < input.startDate) fail('/endDate', 'must not be before startDate');
  if (!isNonEmptyString(input.purpose)) fail('/purpose', 'is required');
  if (!Array.isArray(input.materials)) fail('/materials', 'must be a list of {name, qty}');
  else {
    input.materials.forEach((m: unknown, i) => {
      if (!isRecord(m) || !isNonEmptyString(m.name)) fail(`/materials/${i}/name`, 'is required');
      if (!isRecord(m) || !isNonNegativeInteger(m.qty)) fail(`/materials/${i}/qty`, 'must be a whole number ≥ 0');
    });
  }
  if (!isNonNegativeInteger(input.staffCount)) fail('/staffCount', 'must be a whole number ≥ 0');
  if (!isMoney(input.estimatedCost) || input.estimatedCost < 0) fail('/estimatedCost', 'must be an amount ≥ 0 with at most 2 decimals');

  if (input.source === 'store_request' && !isNonEmptyString(input.storeSupport)) {
    fail('/storeSupport', 'a store-requested promotion must state the support the store gives');
  }
  if (input.source === 'rep_initiated' && !isStatement(input.baselineSales)) {
    fail('/baselineSales', 'a rep-initiated promotion must state the sales before the promotion');
  }
  if (!isStatement(input.estimatedEffect)) {
    fail('/estimatedEffect', input.source === 'rep_initiated' ? 'a rep-initiated promotion must state its estimated effect' : 'is required');
  }
  return validationResult(errors);
}
