import type { Locale } from '../explanations/render-explanation.js';
import type { Permission } from '../vocabulary/permissions.js';

/** Who is acting: a user (or an API client) and the permissions they hold. */
export interface Actor {
  id: string;
  permissions: readonly Permission[];
}

/** The codes a rule refuses with; the API maps each to one HTTP status (404, 403, 409, 400). */
export type RefusalCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION';

/**
 * A rule's "no": its code, why (`message`, English, for logs and tests), and, when one field of
 * the input is to blame, that field's JSON pointer in the request (`/note`). `text` is what the
 * person is told, in each language, when it differs from `message` (else `message` is said).
 */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  path?: string;
  text?: Readonly<Record<Locale, string>>;
}

/** The outcome of a workflow action: the new status, or a refusal with a domain error code. */
export type TransitionResult<S, E> = { ok: true; to: S; events: E[] } | Refusal;

export function refuse(
  code: RefusalCode,
  message: string,
  field?: { path: string; text?: Readonly<Record<Locale, string>> },
): Refusal {
  return { ok: false as const, code, message, ...(field ? { path: field.path } : {}), ...(field?.text ? { text: field.text } : {}) };
}

/** A rejection without a note (the request's `note`): the requester or applicant is told why they were turned down. */
export const NOTE_REQUIRED = { path: '/note', text: { en: 'a rejection needs a note saying why', 'zh-CN': '驳回须填写理由' } } as const;
