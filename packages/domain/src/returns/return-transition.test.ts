import type { Permission } from '../vocabulary/permissions.js';
import { RETURN_STATUSES } from '../vocabulary/returns.js';
import { returnTransition } from './return-transition.js';

const rep = { id: 'rep-1', permissions: ['returns.request'] as Permission[] };
const manager = { id: 'mgr-1', permissions: ['returns.approve'] as Permission[] };
const approvingRep = { id: 'rep-1', permissions: ['returns.request', 'returns.approve'] as Permission[] };
const pending = { status: 'pending_approval' as const, requesterId: 'rep-1' };

describe('returnTransition (R2 workflow)', () => {
  test('a manager approves or rejects a pending return', () => {
    expect(returnTransition(pending, 'approve', manager)).toEqual({ ok: true, to: 'approved', events: ['return.approved'] });
    expect(returnTransition(pending, 'reject', manager)).toEqual({ ok: true, to: 'rejected', events: [] });
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
});
