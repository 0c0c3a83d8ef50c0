import type { Refusal, ValidationResult } from '@fieldbeat/domain';
import { ApiError } from './errors.js';

/**
 * The one mapping of a domain rule's refusal (`{ok: false}`) to the API's error: its code
 * (one HTTP status each), the words said in the caller's language (`text`, else the rule's
 * message) and, when the rule names the field to blame, that field as the problem's `errors`.
 */
export function refusalError(refusal: Refusal): ApiError {
  const text = refusal.text ?? refusal.message;
  return new ApiError(
    refusal.code,
    text,
    refusal.path === undefined ? undefined : [{ path: refusal.path, message: text }],
  );
}

/**
 * The same for a `validate…` rule's answer, which lists every field it refuses: VALIDATION with
 * each field, `detail` naming them all (`/points must be …`), after `what` when given.
 */
export function invalidResult(result: ValidationResult, what?: string): ApiError {
  const list = result.errors.map((e) => `${e.path} ${e.message}`).join('; ');
  return new ApiError('VALIDATION', what ? `${what} is not valid: ${list}` : list, result.errors);
}
