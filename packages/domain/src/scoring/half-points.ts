import { DomainError } from '../errors/domain-error.js';

/**
 * Score points are kept as integer half-points internally (every handbook number — 10, 1,
 * 0.5, 0–5, 2–5 — is a multiple of 0.5), so sums are exact: -3 - 0.5 - 5 is -17 half-points.
 */
export function isHalfPointMultiple(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value * 2); // ×2 is exact for doubles
}

/** @throws DomainError VALIDATION naming `path` unless `points` is a multiple of 0.5. */
export function toHalfPoints(points: number, path: string): number {
  if (!isHalfPointMultiple(points)) throw DomainError.invalid(path, 'must be a multiple of 0.5 points');
  return points * 2;
}

export function fromHalfPoints(halfPoints: number): number {
  return halfPoints / 2 + 0; // `+ 0` turns -0 into 0
}
