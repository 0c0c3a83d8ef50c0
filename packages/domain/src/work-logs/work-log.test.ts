import { isWorkingDay } from '../calendar/work-calendar.js';
import { workLogFlag, workLogWrite } from './work-log.js';

// The worked example (the domain doc's work logs): Wednesday 2026-11-04 in Shanghai.
const today = '2026-11-04';
const calendar = { holidays: [], workdays: [] };
const write = (date: string) => workLogWrite(date, today, isWorkingDay(date, calendar));

describe('workLogWrite', () => {
  it('accepts a working day up to today', () => {
    expect(write('2026-11-04')).toEqual({ ok: true });
    expect(write('2026-11-02')).toEqual({ ok: true });
  });
  it('refuses a day that is not a working day, on /params/date', () => {
    expect(write('2026-10-31')).toEqual({ ok: false, code: 'VALIDATION', message: 'is not a working day', path: '/params/date' });
  });
  it('refuses a future day first, even a working one, and across a year end', () => {
    expect(write('2026-11-05')).toEqual({ ok: false, code: 'VALIDATION', message: 'lies in the future', path: '/params/date' });
    expect(workLogWrite('2027-01-01', '2026-12-31', false)).toMatchObject({ message: 'lies in the future' });
  });
  it('follows the calendar: a make-up working day is one, a holiday is not', () => {
    expect(workLogWrite('2026-10-10', today, true)).toEqual({ ok: true });
    expect(workLogWrite('2026-10-01', today, false)).toMatchObject({ message: 'is not a working day' });
  });
});

describe('workLogFlag', () => {
  const log = { userId: 'rep1', vagueFlaggedAt: null };
  it('lets a manager flag a log once', () => {
    expect(workLogFlag(log, 'ka1')).toEqual({ ok: true });
    expect(workLogFlag({ ...log, vagueFlaggedAt: '2026-11-04T10:00:00.000Z' }, 'ka1')).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'the log is already flagged as vague',
    });
  });
  it('refuses the author flagging their own log, before the second flag', () => {
    expect(workLogFlag(log, 'rep1')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(workLogFlag({ ...log, vagueFlaggedAt: '2026-11-04T10:00:00.000Z' }, 'rep1')).toMatchObject({ code: 'FORBIDDEN' });
  });
});
