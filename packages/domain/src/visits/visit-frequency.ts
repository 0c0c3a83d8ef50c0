import { requireQuantity } from '../shared/validation.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import { dayNumber, requireDate, type CalendarDate } from '../time/calendar-date.js';
import type { StoreTier } from '../vocabulary/stores.js';

export interface VisitFrequencyInput {
  tier: StoreTier;
  /** Dates of the store's visits in one ISO week; several visits on one day count once. */
  visitDates: readonly CalendarDate[];
  /** Setting `keyStoreVisitsPerWeek` (3). */
  keyRequired: number;
  /** Setting `normalStoreVisitsPerWeek` (1). */
  normalRequired: number;
}

export interface VisitFrequency {
  /** Distinct visit days. */
  visitDays: number;
  required: number;
  frequencyOk: boolean;
  /** Key stores: no two visit days are adjacent (应隔一天拜访一次). Always true for normal stores. */
  spacingOk: boolean;
  /** The distinct visit days, sorted. */
  days: CalendarDate[];
  /** Pairs of visit days on consecutive dates (key stores only). */
  adjacentDays: [CalendarDate, CalendarDate][];
  explanation: Explanation;
}

/**
 * R3, 拜访频率: 重点门店一周拜访次数不得少于3次，应隔一天拜访一次；一般门店每周拜访不得少于一次.
 * Pass the visits of one ISO week (Monday..Sunday); the function does not filter by week.
 */
export function visitFrequency(input: VisitFrequencyInput): VisitFrequency {
  const keyRequired = requireQuantity(input.keyRequired, 'keyRequired');
  const normalRequired = requireQuantity(input.normalRequired, 'normalRequired');
  input.visitDates.forEach((d, i) => requireDate(d, `visitDates/${i}`));
  const days = [...new Set(input.visitDates)].sort();
  const visitDays = days.length;
  const isKey = input.tier === 'key';
  const required = isKey ? keyRequired : normalRequired;
  const frequencyOk = visitDays >= required;
  const adjacentDays: [CalendarDate, CalendarDate][] = [];
  if (isKey) {
    for (let i = 1; i < days.length; i += 1) {
      const [before, after] = [days[i - 1] as CalendarDate, days[i] as CalendarDate];
      if (dayNumber(after) - dayNumber(before) === 1) adjacentDays.push([before, after]);
    }
  }
  const spacingOk = adjacentDays.length === 0;
  const params = {
    visitDays,
    required,
    days: days.join(', '),
    adjacent: adjacentDays.map(([a, b]) => `${a}/${b}`).join(', '),
  };
  const key = !isKey
    ? frequencyOk
      ? 'visit_frequency.normal_ok'
      : 'visit_frequency.normal_too_few'
    : frequencyOk && spacingOk
      ? 'visit_frequency.key_ok'
      : !frequencyOk && !spacingOk
        ? 'visit_frequency.key_too_few_adjacent'
        : frequencyOk
          ? 'visit_frequency.key_adjacent'
          : 'visit_frequency.key_too_few';
  return { visitDays, required, frequencyOk, spacingOk, days, adjacentDays, explanation: explain(key, params) };
}
