import type { FieldError } from '../errors/domain-error.js';
import { isMoney, MAX_AMOUNT_MAJOR } from '../money/money.js';
import { readDecimal } from '../shared/exact-decimal.js';
import { isRecord, validationResult, type ValidationResult } from '../shared/validation.js';
import { isTimeZone } from '../time/zoned-time.js';

/** Organisation settings (`GET/PUT /settings`). Money (`gmApprovalThreshold`) is in major units, as the API speaks. */
export interface Settings {
  /** IANA zone in which dates, weeks, months and deadlines are reckoned. */
  timezone: string;
  /** R1: 采用1.5倍订量原则. Up to 10, at most 4 decimals (read as the decimal written, so R1 stays exact). */
  reorderFactor: number;
  /** R3: 陈列面不得少于3个. */
  minFacings: number;
  /** R3: check-in farther than this from the store is flagged `outside_geofence`. */
  geofenceMeters: number;
  /** R5: estimated cost strictly above this (major units) needs 公司总经理意见. */
  gmApprovalThreshold: number;
  /** R3: 重点门店一周拜访次数不得少于3次. */
  keyStoreVisitsPerWeek: number;
  /** R3: 一般门店每周拜访不得少于一次. */
  normalStoreVisitsPerWeek: number;
  /**
   * Sales report: a row whose change against the previous equal-length period is beyond
   * this many percent (either way) is flagged as an anomaly (异动). 30 is our choice: the
   * handbook asks to explain every 上升或下降 but names no number.
   */
  anomalyThresholdPct: number;
  /**
   * Sales report: a row is judged for 异动 only when each of the two periods ordered at least
   * this many units (0: no unit minimum). 50 is our choice: stores order in packs of 12 or 24, so
   * 20 units are one or two order lines, and a change of a line or two is tens of percent.
   */
  anomalyMinUnits: number;
  /**
   * Sales report: … and at least this amount at supply price, major units (0: no amount
   * minimum). ¥500 is our choice: below it a change is not worth a manager's question.
   */
  anomalyMinAmount: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  timezone: 'Asia/Shanghai',
  reorderFactor: 1.5,
  minFacings: 3,
  geofenceMeters: 200,
  gmApprovalThreshold: 5000,
  keyStoreVisitsPerWeek: 3,
  normalStoreVisitsPerWeek: 1,
  anomalyThresholdPct: 30,
  anomalyMinUnits: 50,
  anomalyMinAmount: 500,
});

export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

type Check = (value: unknown) => string | null;

const integerIn =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `must be a whole number from ${min} to ${max}`;

const CHECKS: Record<keyof Settings, Check> = {
  timezone: (v) => (isTimeZone(v) ? null : 'must be an IANA time zone such as Asia/Shanghai'),
  reorderFactor: (v) => {
    const decimal = typeof v === 'number' ? readDecimal(v) : null;
    return decimal && decimal.scale <= 4 && (v as number) > 0 && (v as number) <= 10
      ? null
      : 'must be a number above 0 and at most 10, with at most 4 decimals';
  },
  minFacings: integerIn(1, 100),
  geofenceMeters: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 100_000 ? null : 'must be a distance above 0 and at most 100000 metres',
  gmApprovalThreshold: (v) => (isMoney(v) && v >= 0 ? null : 'must be an amount ≥ 0 with at most 2 decimals'),
  keyStoreVisitsPerWeek: integerIn(1, 7),
  normalStoreVisitsPerWeek: integerIn(1, 7),
  anomalyThresholdPct: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 1000 ? null : 'must be a percentage above 0 and at most 1000',
  anomalyMinUnits: integerIn(0, 10_000_000),
  anomalyMinAmount: (v) =>
    isMoney(v) && v >= 0 && v <= MAX_AMOUNT_MAJOR ? null : `must be an amount from 0 to ${MAX_AMOUNT_MAJOR} with at most 2 decimals`,
};

/**
 * Checks the settings that are present (a partial update validates only what it names);
 * unknown keys are errors, so a typo never silently does nothing.
 */
export function validateSettings(partial: unknown): ValidationResult {
  if (!isRecord(partial)) return validationResult([{ path: '', message: 'must be an object' }]);
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(partial)) {
    const check = (CHECKS as Record<string, Check | undefined>)[key];
    const message = check ? check(value) : 'is not a known setting';
    if (message) errors.push({ path: `/${key}`, message });
  }
  return validationResult(errors);
}

/** Stored (possibly partial or older) settings completed with the defaults. */
export function withDefaultSettings(partial: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
}
