import { DomainError } from '../errors/domain-error.js';
import { monthlyDeadline } from './monthly-deadline.js';
import { EMPTY_CALENDAR, combineCalendars } from './work-calendar.js';

describe('monthlyDeadline (每月第2个工作日)', () => {
  test('November 2026: 2026-12-02 until 23:59:59 in Shanghai', () => {
    expect(monthlyDeadline('2026-11', EMPTY_CALENDAR, 'Asia/Shanghai')).toEqual({
      month: '2026-11',
      date: '2026-12-02',
      deadlineAt: '2026-12-02T15:59:59.999Z',
    });
  });

  test('December 2026 falls in January 2027, which needs the next year’s calendar', () => {
    // Friday 1 January is day 1 without holidays ...
    expect(monthlyDeadline('2026-12', EMPTY_CALENDAR, 'Asia/Shanghai').date).toBe('2027-01-04');
    // ... and a holiday on New Year's Day moves the deadline to Tuesday 5 January.
    const calendar = combineCalendars({ holidays: [], workdays: [] }, { holidays: ['2027-01-01'], workdays: [] });
    expect(monthlyDeadline('2026-12', calendar, 'Asia/Shanghai')).toEqual({
      month: '2026-12',
      date: '2027-01-05',
      deadlineAt: '2027-01-05T15:59:59.999Z',
    });
  });

  test('a make-up Saturday can be the deadline', () => {
    const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] };
    expect(monthlyDeadline('2026-09', calendar, 'Asia/Shanghai').date).toBe('2026-10-09');
    expect(monthlyDeadline('2026-09', { ...calendar, holidays: [...calendar.holidays, '2026-10-08'] }, 'Asia/Shanghai').date).toBe(
      '2026-10-10',
    );
  });

  test('a next month with fewer than 2 working days is a precondition failure', () => {
    const holidays = Array.from({ length: 31 }, (_, i) => `2027-01-${String(i + 1).padStart(2, '0')}`);
    expect(() => monthlyDeadline('2026-12', { holidays, workdays: [] }, 'Asia/Shanghai')).toThrow(
      expect.objectContaining({ code: 'PRECONDITION_FAILED' }),
    );
    expect(() => monthlyDeadline('2026-13', EMPTY_CALENDAR, 'Asia/Shanghai')).toThrow(DomainError);
  });
});
