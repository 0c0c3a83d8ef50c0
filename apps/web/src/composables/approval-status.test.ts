import type { ApprovalDecision, ReturnStatus } from '../api/types';
import { eligibilityHeadline, personalDecision, statusBadgeClass } from './approval-status';

const byManager: ApprovalDecision = {
  outcome: 'rejected',
  note: '包装完好，请按正常销售处理',
  decidedAt: '2026-12-03T02:00:00.000Z',
  decidedBy: { id: 'm1', name: '王经理' },
};

describe('the approval notices follow the current status', () => {
  it('says "needs a manager’s approval" only before anyone decided', () => {
    // the form, before submitting
    expect(eligibilityHeadline(false)).toEqual({ headline: 'notEligible', tone: 'warn' });
    expect(eligibilityHeadline(true)).toEqual({ headline: 'eligible', tone: 'ok' });
    // submitted and pending
    expect(eligibilityHeadline(false, 'pending_approval')).toEqual({
      headline: 'awaitingApproval',
      tone: 'warn',
    });
    // decided: never the approval banner again, whatever the eligibility says
    const decided: ReturnStatus[] = ['approved', 'rejected', 'executed'];
    for (const status of decided) {
      expect(eligibilityHeadline(false, status)).toEqual({
        headline: 'outsideStandard',
        tone: 'neutral',
      });
      expect(eligibilityHeadline(true, status)).toEqual({
        headline: 'standardApproved',
        tone: 'ok',
      });
      expect(eligibilityHeadline(false, status).headline).not.toMatch(/notEligible|awaiting/);
    }
  });

  it('shows the manager’s decision with its note once decided, none while pending or when the standard approved', () => {
    expect(personalDecision({ status: 'rejected', decision: byManager })).toEqual(byManager);
    const approved = { ...byManager, outcome: 'approved' as const, note: null };
    expect(personalDecision({ status: 'executed', decision: approved })).toEqual(approved);
    // a promotion approved at the first level, now with the GM: the first decision shows
    expect(personalDecision({ status: 'pending_gm', decision: approved })).toEqual(approved);
    // the standard approved it by itself: no person to name
    expect(
      personalDecision({ status: 'approved', decision: { ...approved, decidedBy: null } }),
    ).toBeNull();
    // pending, or an older answer without the field
    expect(personalDecision({ status: 'pending_approval', decision: null })).toBeNull();
    expect(personalDecision({ status: 'submitted', decision: byManager })).toBeNull();
    expect(personalDecision({ status: 'rejected' })).toBeNull();
  });
});

describe('status badge', () => {
  test('rejected is red, approved and completed green, waiting amber, draft and withdrawn plain', () => {
    expect(statusBadgeClass('rejected')).toBe('badge badge-danger');
    expect(statusBadgeClass('approved')).toBe('badge badge-ok');
    expect(statusBadgeClass('completed')).toBe('badge badge-ok');
    expect(statusBadgeClass('submitted')).toBe('badge badge-warn');
    expect(statusBadgeClass('pending_gm')).toBe('badge badge-warn');
    expect(statusBadgeClass('draft')).toBe('badge');
    expect(statusBadgeClass('withdrawn')).toBe('badge');
  });
});
