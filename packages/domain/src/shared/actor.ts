import type { Permission } from '../vocabulary/permissions.js';

/** Who is acting: a user (or an API client) and the permissions they hold. */
export interface Actor {
  id: string;
  permissions: readonly Permission[];
}

/** The outcome of a workflow action: the new status, or a refusal with a domain error code. */
export type TransitionResult<S, E> =
  | { ok: true; to: S; events: E[] }
  | { ok: false; code: 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION'; message: string };

export function refuse(code: 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION', message: string) {
  return { ok: false as const, code, message };
}
