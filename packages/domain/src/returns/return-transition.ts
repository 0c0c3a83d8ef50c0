import { formatMajor, MAX_MONEY_MINOR } from '../money/money.js';
import { NOTE_REQUIRED, refuse, type Actor, type TransitionResult } from '../shared/actor.js';
import { hasPermission, type Permission } from '../vocabulary/permissions.js';
import type { ReturnStatus } from '../vocabulary/returns.js';
import type { WebhookEvent } from '../vocabulary/webhook-events.js';

export const RETURN_ACTIONS = ['approve', 'reject', 'execute'] as const;
export type ReturnAction = (typeof RETURN_ACTIONS)[number];

export interface ReturnTransitionContext {
  /** execute: the refund amount in minor units, when the caller wants it checked here. */
  refundAmountMinor?: number;
  /** execute: the return's value (`returnValueMinor`), the most the refund may be; unchecked when absent. */
  returnValueMinor?: number;
  /** approve / reject: the decider's note; a rejection needs one that is not blank (the requester reads why). */
  note?: string | null;
}

/** The request field a refund refusal names. */
const REFUND = { path: '/refundAmount' };

/**
 * R2's workflow: a non-standard return (`pending_approval`) is approved or rejected by a
 * holder of `returns.approve` who is not the requester; only an `approved` return can be
 * executed (it records the refund, which reduces the requester's collections in R4) with a
 * refund of at most the return's value (`returnValueMinor`).
 * Execution is done by someone holding `returns.request` or `returns.approve`. A rejection needs a
 * note (VALIDATION without one): the requester is told why.
 * Order of checks: permission (FORBIDDEN), state (CONFLICT), own request (FORBIDDEN), body (VALIDATION).
 */
export function returnTransition(
  ret: { status: ReturnStatus; requesterId: string },
  action: ReturnAction,
  actor: Actor,
  ctx: ReturnTransitionContext = {},
): TransitionResult<ReturnStatus, WebhookEvent> {
  const holds = (permission: Permission) => hasPermission(actor, permission);
  if (action === 'execute') {
    if (!holds('returns.request') && !holds('returns.approve')) {
      return refuse('FORBIDDEN', 'Executing a return needs returns.request or returns.approve');
    }
    if (ret.status !== 'approved') return refuse('CONFLICT', `Only an approved return can be executed; this one is ${ret.status}`);
    const refund = ctx.refundAmountMinor;
    if (refund !== undefined && (!Number.isSafeInteger(refund) || refund < 0 || refund > MAX_MONEY_MINOR)) {
      return refuse('VALIDATION', 'The refund amount must be a whole number of minor units ≥ 0', REFUND);
    }
    if (refund !== undefined && ctx.returnValueMinor !== undefined && refund > ctx.returnValueMinor) {
      return refuse('VALIDATION', `The refund must not exceed the return's value, ${formatMajor(ctx.returnValueMinor)} (quantity × supply price)`, REFUND);
    }
    return { ok: true, to: 'executed', events: ['return.executed'] };
  }
  if (action !== 'approve' && action !== 'reject') return refuse('CONFLICT', `Unknown action ${String(action)}`);
  if (!holds('returns.approve')) return refuse('FORBIDDEN', `Deciding on a return needs returns.approve`);
  if (ret.status !== 'pending_approval') {
    return refuse('CONFLICT', `Only a return pending approval can be ${action}d; this one is ${ret.status}`);
  }
  if (ret.requesterId === actor.id) return refuse('FORBIDDEN', 'Nobody decides on their own return request');
  if (action === 'approve') return { ok: true, to: 'approved', events: ['return.approved'] };
  if (!ctx.note || ctx.note.trim() === '') return refuse('VALIDATION', 'A rejection needs a note saying why', NOTE_REQUIRED);
  return { ok: true, to: 'rejected', events: [] };
}
