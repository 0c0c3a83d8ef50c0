import fc from 'fast-check';
import type { Permission } from '../vocabulary/permissions.js';
import { PROMOTION_ACTIONS, PROMOTION_SOURCES, PROMOTION_STATUSES, type PromotionStatus } from '../vocabulary/promotions.js';
import { promotionTransition, type PromotionState } from './promotion-transition.js';

const rep = { id: 'rep', permissions: ['promotions.apply'] as Permission[] };
const manager = { id: 'mgr', permissions: ['promotions.apply', 'promotions.approve'] as Permission[] };
const gm = { id: 'gm', permissions: ['promotions.approve', 'promotions.approve_gm'] as Permission[] };
const ctx = { gmApprovalThresholdMinor: 500000 }; // 5000.00
const promo = (status: PromotionStatus, over: Partial<PromotionState> = {}): PromotionState => ({
  status,
  applicantId: 'rep',
  source: 'store_request',
  estimatedCostMinor: 120000,
  ...over,
});

describe('promotionTransition (R5)', () => {
  test('the applicant submits a draft', () => {
    expect(promotionTransition(promo('draft'), 'submit', rep, ctx)).toEqual({ ok: true, to: 'submitted', events: ['promotion.submitted'] });
  });

  test('a company promotion, created by a promotions.approve holder, is approved on submit', () => {
    const company = promo('draft', { source: 'company', applicantId: 'mgr', estimatedCostMinor: 9_000_000 });
    expect(promotionTransition(company, 'submit', manager, ctx)).toEqual({
      ok: true,
      to: 'approved',
      events: ['promotion.submitted', 'promotion.approved'],
    });
    expect(promotionTransition({ ...company, applicantId: 'rep' }, 'submit', rep, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('approval at or below the threshold is final; strictly above it goes to the GM', () => {
    expect(promotionTransition(promo('submitted', { estimatedCostMinor: 500000 }), 'approve', manager, ctx)).toEqual({
      ok: true,
      to: 'approved',
      events: ['promotion.approved'],
    });
    expect(promotionTransition(promo('submitted', { estimatedCostMinor: 500001 }), 'approve', manager, ctx)).toEqual({
      ok: true,
      to: 'pending_gm',
      events: [],
    });
  });

  test('pending_gm needs promotions.approve_gm (公司总经理意见)', () => {
    const waiting = promo('pending_gm', { estimatedCostMinor: 800000 });
    expect(promotionTransition(waiting, 'approve', manager, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(promotionTransition(waiting, 'approve', gm, ctx)).toEqual({ ok: true, to: 'approved', events: ['promotion.approved'] });
    expect(promotionTransition(waiting, 'reject', manager, { ...ctx, note: 'no' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(promotionTransition(waiting, 'reject', gm, { ...ctx, note: 'Too costly' })).toMatchObject({ ok: true, to: 'rejected' });
  });

  test('nobody approves or rejects their own application', () => {
    const own = promo('submitted', { applicantId: 'mgr' });
    expect(promotionTransition(own, 'approve', manager, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(promotionTransition(own, 'reject', manager, { ...ctx, note: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(promotionTransition(promo('pending_gm', { applicantId: 'gm' }), 'approve', gm, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('a rep cannot approve', () => {
    expect(promotionTransition(promo('submitted', { applicantId: 'other' }), 'approve', rep, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('rejection needs a note', () => {
    expect(promotionTransition(promo('submitted'), 'reject', manager, ctx)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(promotionTransition(promo('submitted'), 'reject', manager, { ...ctx, note: '   ' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(promotionTransition(promo('submitted'), 'reject', manager, { ...ctx, note: 'Store support too thin' })).toEqual({
      ok: true,
      to: 'rejected',
      events: ['promotion.rejected'],
    });
  });

  test('the applicant withdraws a draft or a submitted promotion, nothing later', () => {
    expect(promotionTransition(promo('draft'), 'withdraw', rep, ctx)).toMatchObject({ ok: true, to: 'withdrawn' });
    expect(promotionTransition(promo('submitted'), 'withdraw', rep, ctx)).toMatchObject({ ok: true, to: 'withdrawn' });
    expect(promotionTransition(promo('pending_gm'), 'withdraw', rep, ctx)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(promotionTransition(promo('approved'), 'withdraw', rep, ctx)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(promotionTransition(promo('draft'), 'withdraw', manager, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('the applicant reports actuals on an approved promotion: completed', () => {
    expect(promotionTransition(promo('approved'), 'report', rep, ctx)).toEqual({ ok: true, to: 'completed', events: ['promotion.completed'] });
    expect(promotionTransition(promo('submitted'), 'report', rep, ctx)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(promotionTransition(promo('approved'), 'report', manager, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('any other transition is a CONFLICT', () => {
    expect(promotionTransition(promo('submitted'), 'submit', rep, ctx)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(promotionTransition(promo('draft', { applicantId: 'other' }), 'approve', manager, ctx)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(promotionTransition(promo('approved', { applicantId: 'other' }), 'approve', gm, ctx)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  // The allowed (from, action, to) triples of RULES R5, for an actor holding every right.
  const ALLOWED: Record<string, PromotionStatus[]> = {
    'draft submit': ['submitted', 'approved'],
    'draft withdraw': ['withdrawn'],
    'submitted approve': ['approved', 'pending_gm'],
    'submitted reject': ['rejected'],
    'submitted withdraw': ['withdrawn'],
    'pending_gm approve': ['approved'],
    'pending_gm reject': ['rejected'],
    'approved report': ['completed'],
  };

  test('property: only the transitions of R5 ever succeed, whoever acts', () => {
    const everything = { id: 'x', permissions: ['promotions.apply', 'promotions.approve', 'promotions.approve_gm'] as Permission[] };
    fc.assert(
      fc.property(
        fc.constantFrom(...PROMOTION_STATUSES),
        fc.constantFrom(...PROMOTION_ACTIONS),
        fc.constantFrom(...PROMOTION_SOURCES),
        fc.integer({ min: 0, max: 10 ** 8 }),
        fc.boolean(),
        fc.subarray(everything.permissions as Permission[]),
        (status, action, source, cost, applicantActs, permissions) => {
          const state = { status, applicantId: applicantActs ? 'x' : 'someone-else', source, estimatedCostMinor: cost };
          const result = promotionTransition(state, action, { id: 'x', permissions }, { ...ctx, note: 'n' });
          const allowed = ALLOWED[`${status} ${action}`];
          if (result.ok) {
            expect(allowed).toContain(result.to);
            // the applicant submits, withdraws and reports; others decide
            expect(applicantActs).toBe(['submit', 'withdraw', 'report'].includes(action));
          } else if (!allowed) {
            expect(['CONFLICT', 'FORBIDDEN']).toContain(result.code);
          }
        },
      ),
    );
  });
});
