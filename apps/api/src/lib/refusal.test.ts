import {
  DEFAULT_SCORING,
  promotionTransition,
  refuse,
  returnTransition,
  taskAssignment,
  validateDisciplinePoints,
} from '@fieldbeat/domain';
import { STATUS } from './errors.js';
import { invalidResult, refusalError } from './refusal.js';

// The one mapping of a rule's refusal to problem+json; the routes' tests check the answers through HTTP.
describe('refusalError', () => {
  it('keeps the code (its status) and the message, without field errors when the rule names no field', () => {
    const error = refusalError(refuse('CONFLICT', 'the task is done, not open'));
    expect([error.code, STATUS[error.code], error.text, error.errors]).toEqual([
      'CONFLICT',
      409,
      'the task is done, not open',
      undefined,
    ]);
    expect(refusalError(refuse('NOT_FOUND', 'assignee not found'))).toMatchObject({
      code: 'NOT_FOUND',
      text: 'assignee not found',
    });
  });

  it('names the field the rule blames, with the words said in each language', () => {
    const manager = { id: 'mgr', permissions: ['promotions.approve' as const] };
    const promotion = {
      status: 'submitted' as const,
      applicantId: 'rep',
      source: 'rep_initiated' as const,
      estimatedCostMinor: 0,
    };
    const decision = promotionTransition(promotion, 'reject', manager, {
      gmApprovalThresholdMinor: 0,
      note: ' ',
    });
    if (decision.ok) throw new Error('a rejection without a note must be refused');
    const text = { en: 'a rejection needs a note saying why', 'zh-CN': '驳回须填写理由' };
    expect(refusalError(decision)).toMatchObject({
      code: 'VALIDATION',
      text,
      errors: [{ path: '/note', message: text }],
    });
  });

  it('a field refusal in one language keeps that message, on its field', () => {
    const refund = returnTransition(
      { status: 'approved', requesterId: 'rep' },
      'execute',
      { id: 'mgr', permissions: ['returns.approve'] },
      {
        refundAmountMinor: 500,
        returnValueMinor: 100,
      },
    );
    if (refund.ok) throw new Error('a refund above the value must be refused');
    expect(refusalError(refund)).toMatchObject({
      code: 'VALIDATION',
      errors: [{ path: '/refundAmount', message: refund.message }],
    });
    const self = taskAssignment({ id: 'mgr', active: true }, 'mgr');
    if (self.ok) throw new Error('a task to oneself must be refused');
    expect(refusalError(self).errors).toEqual([
      {
        path: '/assigneeId',
        message: 'a task is assigned to someone in your team, not to yourself',
      },
    ]);
  });
});

describe('invalidResult', () => {
  it('lists every field of a validate… answer, in the detail too, after what was not valid', () => {
    const check = validateDisciplinePoints(1, DEFAULT_SCORING);
    const errors = [{ path: '/points', message: 'must be a multiple of 0.5 from 2 to 5' }];
    expect(invalidResult(check)).toMatchObject({
      code: 'VALIDATION',
      text: '/points must be a multiple of 0.5 from 2 to 5',
      errors,
    });
    expect(invalidResult(check, 'The record').text).toBe(
      'The record is not valid: /points must be a multiple of 0.5 from 2 to 5',
    );
  });
});
