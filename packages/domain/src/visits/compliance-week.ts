import { explain, type Explanation } from '../explanations/explanation.js';
import { requireDate, type CalendarDate } from '../time/calendar-date.js';
import { isIsoWeek, isoWeekDates, type IsoWeek } from '../time/iso-week.js';
import { DomainError } from '../errors/domain-error.js';
import { requireQuantity } from '../shared/validation.js';

export interface ComplianceWeekInput {
  week: IsoWeek;
  /** Today in the organisation's time zone: passed in, never read from a clock. */
  today: CalendarDate;
  /** One entry per store judged that week (R3 `visitFrequency`). */
  stores: readonly { frequencyOk: boolean; spacingOk: boolean; visitDays: number }[];
}

export type ComplianceWeekStatus = 'complete' | 'in_progress' | 'future' | 'no_stores' | 'no_visits';

export interface ComplianceWeek {
  week: IsoWeek;
  from: CalendarDate;
  to: CalendarDate;
  stores: number;
  /** Stores meeting both frequency and spacing. */
  met: number;
  /** Distinct visit days summed over the stores. */
  visitDays: number;
  /** `met / stores` in percent, 1 decimal (half up); null when the week has no data (a gap, never 0 %). */
  ratePct: number | null;
  /** Today lies in the week: the rate is so far, not a verdict. */
  inProgress: boolean;
  status: ComplianceWeekStatus;
  explanation: Explanation;
}

/**
 * One point of the weekly compliance series (R3 拜访频率): a finished week is judged; the week
 * that contains `today` is in progress (its rate is the share met so far, not a verdict); a week
 * after today, a week without active stores, and a week in which none of them was visited at all
 * have no data (`ratePct: null`, a gap in a chart).
 */
export function complianceWeek(input: ComplianceWeekInput): ComplianceWeek {
  if (!isIsoWeek(input.week)) throw DomainError.invalid('week', 'must be an ISO week YYYY-Www');
  const today = requireDate(input.today, 'today');
  const dates = isoWeekDates(input.week);
  const from = dates[0]!;
  const to = dates[6]!;
  const stores = input.stores.length;
  const met = input.stores.filter((s) => s.frequencyOk && s.spacingOk).length;
  const visitDays = input.stores.reduce((n, s, i) => n + requireQuantity(s.visitDays, `stores/${i}/visitDays`), 0);
  const inProgress = from <= today && today <= to;
  const base = { week: input.week, from, to, stores, met, visitDays, inProgress };
  const params = { week: input.week, from, to, stores, met, visitDays };
  const gap = (status: 'future' | 'no_stores' | 'no_visits') => ({ ...base, ratePct: null, status, explanation: explain(`compliance_week.${status}`, params) });
  if (today < from) return gap('future');
  if (stores === 0) return gap('no_stores');
  if (visitDays === 0) return inProgress ? { ...gap('no_visits'), status: 'in_progress', explanation: explain('compliance_week.in_progress_no_visits', params) } : gap('no_visits');
  // Half up at one decimal, in integers: round(met / stores × 1000) / 10.
  const ratePct = Math.floor((met * 2000 + stores) / (2 * stores)) / 10;
  const status = inProgress ? 'in_progress' : 'complete';
  return { ...base, ratePct, status, explanation: explain(`compliance_week.${status}`, { ...params, ratePct }) };
}
