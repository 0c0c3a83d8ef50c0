import { DomainError, type FieldError } from '../errors/domain-error.js';

/** What every `validate…` function answers: never throws, lists every problem it found. */
export interface ValidationResult {
  ok: boolean;
  errors: FieldError[];
}

export function validationResult(errors: FieldError[]): ValidationResult {
  return { ok: errors.length === 0, errors };
}

/** Throws a VALIDATION DomainError carrying every field error, when there are any. */
export function throwIfInvalid(result: ValidationResult, what: string): void {
  if (!result.ok) {
    const detail = result.errors.map((e) => `${e.path || 'value'} ${e.message}`).join('; ');
    throw new DomainError('VALIDATION', `${what} is not valid: ${detail}`, result.errors);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Throws VALIDATION unless `value` is a non-negative safe integer (a quantity). */
export function requireQuantity(value: number, path: string): number {
  if (!isNonNegativeInteger(value)) throw DomainError.invalid(path, 'must be a whole number ≥ 0');
  return value;
}
