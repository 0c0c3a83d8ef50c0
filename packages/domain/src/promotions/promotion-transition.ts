import { NOTE_REQUIRED, refuse, type Actor, type TransitionResult } from '../shared/actor.js';
import { hasPermission, type Permission } from '../vocabulary/permissions.js';
import type { PromotionAction, PromotionSource, PromotionStatus } from '../vocabulary/promotions.js';
import type { WebhookEvent } from '../vocabulary/webhook-events.js';

export interface PromotionState {
  status: PromotionStatus;
  applicantId: string;
  source: PromotionSource;
  estimatedCostMinor: number;
}

export interface PromotionTransitionContext {
  /** Setting `gmApprovalThreshold` in minor units; a cost strictly above it needs the GM. */
  gmApprovalThresholdMinor: number;
  note?: string | null;
}

export type PromotionTransition = TransitionResult<PromotionStatus, WebhookEvent>;

const ok = (to: PromotionStatus, events: WebhookEvent[]): PromotionTransition => ({ ok: true, to, events });

/**
 * R5, 促销活动 workflow:
 * - submit (applicant, from draft): a company promotion (公司要求落实的) is approved on
 *   submit and needs `promotions.approve`; the others become `submitted` (`promotions.apply`).
 * - approve (from submitted, `promotions.approve`): `approved`, or `pending_gm` when the
 *   estimated cost is strictly above the threshold; approve from pending_gm needs
 *   `promotions.approve_gm` (公司总经理意见) and gives `approved`.
 * - reject (from submitted or pending_gm, same permission as approve): needs a note.
 * - withdraw (applicant, from draft or submitted); report actuals (applicant, from approved) -> completed.
 * Nobody approves or rejects their own application (FORBIDDEN); any other transition is CONFLICT.
 * Order of checks: the actor's right to the action at all (FORBIDDEN), the state (CONFLICT),
 * the actor's right in this state (FORBIDDEN), the note (VALIDATION).
 */
export function promotionTransition(
  promotion: PromotionState,
  action: PromotionAction,
  actor: Actor,
  ctx: PromotionTransitionContext,
): PromotionTransition {
  const holds = (permission: Permission) => hasPermission(actor, permission);
  const isApplicant = actor.id === promotion.applicantId;
  const { status } = promotion;

  switch (action) {
    case 'submit': {
      if (!isApplicant) return refuse('FORBIDDEN', 'Only the applicant submits a promotion');
      if (status !== 'draft') return refuse('CONFLICT', `Only a draft can be submitted; this promotion is ${status}`);
      if (promotion.source === 'company') {
        if (!holds('promotions.approve')) return refuse('FORBIDDEN', 'A company promotion is submitted by a holder of promotions.approve');
        return ok('approved', ['promotion.submitted', 'promotion.approved']);
      }
      if (!holds('promotions.apply')) return refuse('FORBIDDEN', 'Submitting a promotion needs promotions.apply');
      return ok('submitted', ['promotion.submitted']);
    }
    case 'approve':
    case 'reject': {
      if (!holds('promotions.approve') && !holds('promotions.approve_gm')) {
        return refuse('FORBIDDEN', `To ${action} a promotion needs promotions.approve or promotions.approve_gm`);
      }
      if (status !== 'submitted' && status !== 'pending_gm') {
        return refuse('CONFLICT', `Only a submitted promotion or one pending the GM can be ${action}d; this one is ${status}`);
      }
      if (isApplicant) return refuse('FORBIDDEN', `Nobody may ${action} their own application`);
      if (status === 'pending_gm' && !holds('promotions.approve_gm')) {
        return refuse('FORBIDDEN', 'This promotion waits for the general manager: promotions.approve_gm is needed');
      }
      if (status === 'submitted' && !holds('promotions.approve')) {
        return refuse('FORBIDDEN', `To ${action} a submitted promotion needs promotions.approve`);
      }
      if (action === 'reject') {
        if (!ctx.note || ctx.note.trim() === '') return refuse('VALIDATION', 'A rejection needs a note', NOTE_REQUIRED);
        return ok('rejected', ['promotion.rejected']);
      }
      if (status === 'submitted' && promotion.estimatedCostMinor > ctx.gmApprovalThresholdMinor) return ok('pending_gm', []);
      return ok('approved', ['promotion.approved']);
    }
    case 'withdraw': {
      if (!isApplicant) return refuse('FORBIDDEN', 'Only the applicant withdraws a promotion');
      if (status !== 'draft' && status !== 'submitted') {
        return refuse('CONFLICT', `Only a draft or submitted promotion can be withdrawn; this one is ${status}`);
      }
      return ok('withdrawn', []);
    }
    case 'report': {
      if (!isApplicant) return refuse('FORBIDDEN', 'Only the applicant reports the actuals');
      if (status !== 'approved') return refuse('CONFLICT', `Actuals are reported on an approved promotion; this one is ${status}`);
      return ok('completed', ['promotion.completed']);
    }
    default:
      return refuse('CONFLICT', `Unknown action ${String(action)}`);
  }
}
