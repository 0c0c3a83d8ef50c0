import { DomainError } from '../errors/domain-error.js';
import { formatScaled, pow10, readDecimal } from '../shared/exact-decimal.js';

/**
 * Money is stored and computed as integer minor units (fen/cents). The API speaks major
 * units with at most 2 decimals. The limit keeps every amount at 15 significant digits,
 * where each cent value has its own double, so major -> minor -> major is lossless.
 */
export const MAX_MONEY_MINOR = 999_999_999_999_999;
export const MAX_MONEY_MAJOR = 9_999_999_999_999.99;

/**
 * The bounds of money inputs (major units), chosen so that sums over realistic row counts stay
 * exact as integers (issue 13, item 7): a unit price (retail, supply) at most 1,000,000.00, so an
 * order line (at most 10,000,000 units) is at most 10^15 minor units; an amount (a collection, a
 * plan, a refund, a promotion's cost) at most 1,000,000,000.00, so about 90,000 of them still sum
 * below 2^53 in a JavaScript number.
 */
export const MAX_PRICE_MAJOR = 1_000_000;
export const MAX_AMOUNT_MAJOR = 1_000_000_000;

function minorOrNull(major: number): number | null {
  const decimal = readDecimal(major);
  if (!decimal || decimal.scale > 2) return null;
  const minor = Number(decimal.units * pow10(2 - decimal.scale));
  return Math.abs(minor) <= MAX_MONEY_MINOR ? minor + 0 : null; // `+ 0` turns -0 into 0
}

/** True for a finite number of major units with at most 2 decimals, within ±MAX_MONEY_MAJOR. */
export function isMoney(value: unknown): value is number {
  return typeof value === 'number' && minorOrNull(value) !== null;
}

/**
 * Major units to integer minor units, exactly: 102999.99 -> 10299999. Reads the number as
 * the decimal that was written (see `readDecimal`), never multiplies the double by 100.
 * @throws DomainError VALIDATION for non-finite values, more than 2 decimals (this includes
 *   float noise such as 0.1 + 0.2) or amounts beyond ±MAX_MONEY_MAJOR.
 */
export function toMinor(major: number, path = ''): number {
  const minor = typeof major === 'number' ? minorOrNull(major) : null;
  if (minor === null) {
    throw DomainError.invalid(path, 'must be an amount in major units with at most 2 decimals');
  }
  return minor;
}

/**
 * Integer minor units to major units: 10299999 -> 102999.99. Division by 100 is correctly
 * rounded, so the result is the same double as the literal `102999.99`.
 * @throws DomainError VALIDATION unless `minor` is an integer within ±MAX_MONEY_MINOR.
 */
export function toMajor(minor: number, path = ''): number {
  if (!Number.isSafeInteger(minor) || Math.abs(minor) > MAX_MONEY_MINOR) {
    throw DomainError.invalid(path, 'must be a whole number of minor units');
  }
  return minor / 100 + 0;
}

/**
 * A total of minor units (a sum over many rows, exact as a bigint or a safe integer) in major
 * units, never refused: exactly `toMajor` within ±MAX_MONEY_MINOR, the nearest double beyond
 * (a report shows a sum that large approximately rather than failing for everyone). Sum in
 * integer minor units first (SQL or bigint), convert once.
 */
export function totalToMajor(minor: bigint | number): number {
  const big = typeof minor === 'bigint' ? minor : BigInt(minor);
  const limit = BigInt(MAX_MONEY_MINOR);
  if (big <= limit && big >= -limit) return toMajor(Number(big));
  return Number(big) / 100;
}

/**
 * Minor units as major-unit text with exactly 2 decimals: 10299999 -> "102999.99". Exact for
 * every safe integer (a total may pass MAX_MONEY_MINOR; its text is still exact).
 * @throws DomainError VALIDATION unless `minor` is a safe integer.
 */
export function formatMajor(minor: number): string {
  if (!Number.isSafeInteger(minor)) throw DomainError.invalid('', 'must be a whole number of minor units');
  const text = formatScaled(BigInt(minor), 2);
  const [int, frac = ''] = text.split('.');
  return `${int}.${frac.padEnd(2, '0')}`;
}
