import type { Permission } from '../vocabulary/permissions.js';
import { RETURN_STATUSES } from '../vocabulary/returns.js';
import { MAX_MONEY_MINOR } from '../money/money.js';
import { returnValueMinor } from './refund.js';
import { returnTransition } from './return-transition.js';

const rep = { id: 'rep-1', permissions: ['returns.request'] as Permission[] };
const manager = { id: 'mgr-1', permissions: ['returns.approve'] as Permission[] };
const approvingRep = { id: 'rep-1', permissions: ['returns.request', 'returns.approve'] as Permission[] };
const pending = { status: 'pending_approval' as const, requesterId: 'rep-1' };

describe('returnTransition (R2 workflow)', () => {
  test('a manager approves or rejects a pending return', () => {
    expect(returnTransition(pending, 'approve', manager)).toEqual({ ok: true, to: 'approved', events: ['return.approved'] });
    expect(returnTransition(pending, 'reject', manager, { note: '包装完好，不符合退货标准' })).toEqual({ ok: true, to: 'rejected', events: [] });
  });

  test('a rejection needs a note that is not blank (VALIDATION); an approval does not', () => {
    for (const note of [undefined, null, '', '   \n']) {
      expect(returnTransition(pending, 'reject', manager, { note })).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    expect(returnTransition(pending, 'approve', manager, { note: '' })).toMatchObject({ ok: true, to: 'approved' });
    // the note comes last: one's own request without a note is still FORBIDDEN, another state CONFLICT
    expect(returnTransition(pending, 'reject', approvingRep)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(returnTransition({ status: 'rejected', requesterId: 'rep-1' }, 'reject', manager)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  test('without returns.approve: FORBIDDEN', () => {
    expect(returnTransition(pending, 'approve', rep)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('the requester may not approve their own return, even holding returns.approve', () => {
    expect(returnTransition(pending, 'approve', approvingRep)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(returnTransition(pending, 'reject', approvingRep)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('approve and reject only from pending_approval', () => {
    for (const status of RETURN_STATUSES.filter((s) => s !== 'pending_approval')) {
      expect(returnTransition({ status, requesterId: 'rep-1' }, 'approve', manager)).toMatchObject({ ok: false, code: 'CONFLICT' });
      expect(returnTransition({ status, requesterId: 'rep-1' }, 'reject', manager)).toMatchObject({ ok: false, code: 'CONFLICT' });
    }
  });

  test('execute only from approved, else CONFLICT', () => {
    expect(returnTransition({ status: 'approved', requesterId: 'rep-1' }, 'execute', rep)).toEqual({
      ok: true,
      to: 'executed',
      events: ['return.executed'],
    });
    for (const status of RETURN_STATUSES.filter((s) => s !== 'approved')) {
      expect(returnTransition({ status, requesterId: 'rep-1' }, 'execute', rep)).toMatchObject({ ok: false, code: 'CONFLICT' });
    }
    expect(returnTransition({ status: 'approved', requesterId: 'rep-1' }, 'execute', { id: 'x', permissions: [] })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  test('a refund amount, when given, must be whole minor units ≥ 0', () => {
    const approved = { status: 'approved' as const, requesterId: 'rep-1' };
    expect(returnTransition(approved, 'execute', rep, { refundAmountMinor: 300000 }).ok).toBe(true);
    expect(returnTransition(approved, 'execute', rep, { refundAmountMinor: -1 })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(returnTransition(approved, 'execute', rep, { refundAmountMinor: 1.5 })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  test('a refund never exceeds the return’s value, quantity × supply price (1 unit at 5.20: at most 5.20)', () => {
    const approved = { status: 'approved' as const, requesterId: 'rep-1' };
    const value = returnValueMinor(1, 520);
    expect(value).toBe(520);
    expect(returnTransition(approved, 'execute', rep, { refundAmountMinor: 520, returnValueMinor: value }).ok).toBe(true);
    expect(returnTransition(approved, 'execute', rep, { refundAmountMinor: 0, returnValueMinor: value }).ok).toBe(true);
    expect(returnTransition(approved, 'execute', rep, { refundAmountMinor: 521, returnValueMinor: value })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      message: expect.stringContaining('5.20'),
    });
    expect(returnTransition(approved, 'execute', rep, { refundAmountMinor: 9_999_999_999_999, returnValueMinor: value })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  test('the return’s value is exact below the money cap and capped above it', () => {
    expect(returnValueMinor(6, 650)).toBe(3900);
    expect(returnValueMinor(10_000_000, 10_000_000_000_000)).toBe(MAX_MONEY_MINOR);
  });
});
