import { refuse, type Refusal } from '../shared/actor.js';
import type { CalendarDate } from '../time/calendar-date.js';

/**
 * The checks of the records a scorecard reads (R4's inputs): a complaint (客户投诉), a violation
 * (违规违纪, its points by `validateDisciplinePoints`), a collection (回款), a collection plan
 * (回款计划) and a market plan (市场开发计划). Who may see the user a record is about is the
 * API's visibility (not visible: NOT_FOUND); the rules here come after it.
 */
type Decision = { ok: true } | Refusal;
const OK: Decision = { ok: true };

/**
 * Nobody records, changes or decides a scoring input about themself (FORBIDDEN): nobody approves
 * their own requests or finalizes their own scorecard, and a record about oneself would score
 * oneself. An API client (an integration, `kind: 'client'`) is nobody's subject.
 */
export function scoringRecordAuthor(
  author: { id: string; kind: 'user' | 'client' },
  subjectId: string,
): Decision {
  if (author.kind === 'user' && author.id === subjectId)
    return refuse('FORBIDDEN', 'nobody records scoring inputs about themself');
  return OK;
}

/** A complaint's or market plan's optional store must be one that exists (VALIDATION on `/storeId`). */
export function scoringRecordStore(
  storeId: string | null | undefined,
  storeExists: boolean,
): Decision {
  if (storeId && !storeExists) return refuse('VALIDATION', 'no such store', { path: '/storeId' });
  return OK;
}

/** A collection books money received: above 0 (VALIDATION on `/amount`); a refund is recorded on its return. */
export function collectionAmount(amountMinor: number): Decision {
  if (!(amountMinor > 0)) return refuse('VALIDATION', 'must be above 0', { path: '/amount' });
  return OK;
}

/** A market plan is completed once (CONFLICT after), on the date the market was developed. */
export function marketPlanCompletion(plan: { completedDate: CalendarDate | null }): Decision {
  if (plan.completedDate !== null)
    return refuse('CONFLICT', `the market plan was completed on ${plan.completedDate}`);
  return OK;
}
