import { refuse, type Refusal } from '../shared/actor.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { ReturnReason } from '../vocabulary/returns.js';

/** What a return request states beside its store, product and quantity (`POST /returns`). */
export interface ReturnRequestFacts {
  reason: ReturnReason;
  contentsRemaining?: number | null;
  contentsTotal?: number | null;
  productionDate?: CalendarDate | null;
}

/**
 * The facts R2 needs to judge a request, before it is judged: a packaging-damage return states
 * how many units are left of how many (left no more than the whole), a slow-moving return its
 * production date (the expiry is reckoned from it), and no goods are produced after the request
 * date. Each refusal names the field. Whether the standard then covers the return is
 * `returnEligibility`'s answer, not a refusal.
 */
export function returnRequestCheck(request: ReturnRequestFacts, requestDate: CalendarDate): { ok: true } | Refusal {
  if (request.reason === 'packaging_damage') {
    if (request.contentsRemaining === undefined || request.contentsRemaining === null) {
      return refuse('VALIDATION', 'is required for a packaging-damage return (units left in the package)', { path: '/contentsRemaining' });
    }
    if (request.contentsTotal === undefined || request.contentsTotal === null) {
      return refuse('VALIDATION', 'is required for a packaging-damage return (units a full package holds)', { path: '/contentsTotal' });
    }
    if (request.contentsRemaining > request.contentsTotal) {
      return refuse('VALIDATION', 'must not exceed contentsTotal', { path: '/contentsRemaining' });
    }
  }
  if (request.reason === 'slow_moving' && !request.productionDate) {
    return refuse('VALIDATION', 'is required for a slow-moving return (the expiry is reckoned from it)', { path: '/productionDate' });
  }
  if (request.productionDate && request.productionDate > requestDate) {
    return refuse('VALIDATION', 'must not be after the request date', { path: '/productionDate' });
  }
  return { ok: true };
}
