import type { ApprovalDecision, ReturnStatus } from '../api/types';

/**
 * What a return's eligibility notice says, from the return's current status, never from the
 * eligibility alone: "needs a manager's approval" only while that is true (a form not yet
 * submitted, or a request still pending); once someone decided, the notice only says whether
 * the standard covers it and the decision is shown beside it (`personalDecision`).
 */
export type EligibilityHeadline =
  /** covered, not yet submitted: the standard approves it on submit */
  | 'eligible'
  /** outside the standard, not yet submitted: it will need a manager */
  | 'notEligible'
  /** submitted, outside the standard, nobody has decided yet */
  | 'awaitingApproval'
  /** covered: the standard approved it itself */
  | 'standardApproved'
  /** outside the standard, and someone has decided */
  | 'outsideStandard';

export interface HeadlineView {
  headline: EligibilityHeadline;
  tone: 'ok' | 'warn' | 'neutral';
}

export function eligibilityHeadline(eligible: boolean, status?: ReturnStatus | null): HeadlineView {
  if (!status)
    return eligible
      ? { headline: 'eligible', tone: 'ok' }
      : { headline: 'notEligible', tone: 'warn' };
  if (status === 'pending_approval') return { headline: 'awaitingApproval', tone: 'warn' };
  return eligible
    ? { headline: 'standardApproved', tone: 'ok' }
    : { headline: 'outsideStandard', tone: 'neutral' };
}

/**
 * The decision a person made, to show on the item: none while pending (whatever a stale answer
 * carries), none when the return standard approved it by itself.
 */
export function personalDecision(item: {
  status: string;
  decision?: ApprovalDecision | null;
}): (ApprovalDecision & { decidedBy: NonNullable<ApprovalDecision['decidedBy']> }) | null {
  const d = item.decision;
  if (!d || !d.decidedBy) return null;
  if (item.status === 'pending_approval' || item.status === 'submitted' || item.status === 'draft')
    return null;
  return d as ApprovalDecision & { decidedBy: NonNullable<ApprovalDecision['decidedBy']> };
}

/** The badge colour of an approval item's status: decided red or green, waiting amber, else plain. */
export type StatusTone = 'ok' | 'warn' | 'danger' | 'neutral';
const STATUS_TONES: Record<string, StatusTone> = {
  approved: 'ok',
  completed: 'ok',
  executed: 'ok',
  submitted: 'warn',
  pending_gm: 'warn',
  pending_approval: 'warn',
  rejected: 'danger',
};
export function statusTone(status: string): StatusTone {
  return STATUS_TONES[status] ?? 'neutral';
}
export function statusBadgeClass(status: string): string {
  const tone = statusTone(status);
  return tone === 'neutral' ? 'badge' : `badge badge-${tone}`;
}
