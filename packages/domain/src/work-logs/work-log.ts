import { refuse, type Refusal } from '../shared/actor.js';
import type { CalendarDate } from '../time/calendar-date.js';

/**
 * 工作日志, written by its author for a day that is not in the future (`today`, the organisation's
 * local date now) and is a working day of the organisation's calendar (`workingDay`, the caller's
 * `isWorkingDay`). The refusals name the date in the URL (`/params/date`), where the API takes it;
 * the future is checked first.
 */
export function workLogWrite(date: CalendarDate, today: CalendarDate, workingDay: boolean): { ok: true } | Refusal {
  if (date > today) return refuse('VALIDATION', 'lies in the future', { path: '/params/date' });
  if (!workingDay) return refuse('VALIDATION', 'is not a working day', { path: '/params/date' });
  return { ok: true };
}

/**
 * 填写含糊不清: a manager flags a log as vague, never their own (FORBIDDEN) and only once
 * (CONFLICT). Who may see the log to flag it (the manager chain) is the caller's visibility.
 */
export function workLogFlag(log: { userId: string; vagueFlaggedAt: string | null }, flaggerId: string): { ok: true } | Refusal {
  if (log.userId === flaggerId) return refuse('FORBIDDEN', 'one’s own log is flagged by a manager');
  if (log.vagueFlaggedAt) return refuse('CONFLICT', 'the log is already flagged as vague');
  return { ok: true };
}
