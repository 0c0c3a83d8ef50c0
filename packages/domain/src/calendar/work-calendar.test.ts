import {
  EMPTY_CALENDAR,
  calendarYearWrite,
  combineCalendars,
  isWorkingDay,
  latestWorkingDay,
  nthWorkingDay,
  validateWorkCalendar,
  workingDaysInMonth,
  type WorkCalendar,
} from './work-calendar.js';

// An illustrative National Day schedule (not an official one): 1-7 October off,
// Sunday 27 September and Saturday 10 October worked instead (调休).
const NATIONAL_DAY: WorkCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-27', '2026-10-10'],
};

describe('working days', () => {
  test('November 2026 has 21 working days without holidays', () => {
    const days = workingDaysInMonth('2026-11', EMPTY_CALENDAR);
    expect(days).toHaveLength(21);
    expect(days[0]).toBe('2026-11-02'); // 1 November is a Sunday
    expect(days.at(-1)).toBe('2026-11-30');
  });

  test('holidays are off and make-up days (调休) are worked, weekends included', () => {
    expect(isWorkingDay('2026-10-01', NATIONAL_DAY)).toBe(false); // Thursday, holiday
    expect(isWorkingDay('2026-10-10', NATIONAL_DAY)).toBe(true); // Saturday, make-up day
    expect(isWorkingDay('2026-09-27', NATIONAL_DAY)).toBe(true); // Sunday, make-up day
    expect(isWorkingDay('2026-10-11', NATIONAL_DAY)).toBe(false); // ordinary Sunday
    expect(isWorkingDay('2026-10-08', NATIONAL_DAY)).toBe(true); // ordinary Thursday
    // October 2026: 22 weekdays, minus 5 holidays, plus Saturday 10th
    expect(workingDaysInMonth('2026-10', NATIONAL_DAY)).toHaveLength(18);
  });

  test('counting from a start date mid-month', () => {
    expect(workingDaysInMonth('2026-11', EMPTY_CALENDAR, '2026-11-16')).toHaveLength(11);
    expect(workingDaysInMonth('2026-11', EMPTY_CALENDAR, '2026-12-01')).toEqual([]);
    expect(workingDaysInMonth('2026-11', EMPTY_CALENDAR, '2026-01-01')).toHaveLength(21);
  });

  test('nthWorkingDay', () => {
    expect(nthWorkingDay('2026-12', 2, EMPTY_CALENDAR)).toBe('2026-12-02');
    expect(nthWorkingDay('2026-10', 1, NATIONAL_DAY)).toBe('2026-10-08');
    expect(nthWorkingDay('2026-10', 2, NATIONAL_DAY)).toBe('2026-10-09');
    expect(nthWorkingDay('2026-10', 3, NATIONAL_DAY)).toBe('2026-10-10');
    expect(nthWorkingDay('2026-11', 22, EMPTY_CALENDAR)).toBeNull();
    expect(nthWorkingDay('2026-11', 0, EMPTY_CALENDAR)).toBeNull();
  });

  test('combineCalendars joins years', () => {
    const c = combineCalendars({ holidays: ['2027-01-01'], workdays: [] }, NATIONAL_DAY);
    expect(c.holidays).toContain('2027-01-01');
    expect(c.holidays).toContain('2026-10-01');
    expect(c.workdays).toEqual(['2026-09-27', '2026-10-10']);
  });
});

describe('latestWorkingDay', () => {
  test('a working day is itself; a weekend is the Friday before', () => {
    expect(latestWorkingDay('2026-12-04', EMPTY_CALENDAR)).toBe('2026-12-04'); // Friday
    expect(latestWorkingDay('2026-12-05', EMPTY_CALENDAR)).toBe('2026-12-04'); // Saturday
    expect(latestWorkingDay('2026-12-06', EMPTY_CALENDAR)).toBe('2026-12-04'); // Sunday
  });

  test('a holiday week reaches back across it, and a make-up Sunday is a working day', () => {
    expect(latestWorkingDay('2026-10-07', NATIONAL_DAY)).toBe('2026-09-30');
    expect(latestWorkingDay('2026-09-27', NATIONAL_DAY)).toBe('2026-09-27');
  });

  test('across a year end and a month end', () => {
    expect(latestWorkingDay('2027-01-01', { holidays: ['2027-01-01'], workdays: [] })).toBe('2026-12-31');
    expect(latestWorkingDay('2027-01-03', { holidays: ['2027-01-01'], workdays: [] })).toBe('2026-12-31');
    expect(latestWorkingDay('2026-11-01', EMPTY_CALENDAR)).toBe('2026-10-30');
  });
});

describe('calendarYearWrite', () => {
  test('repeats dropped and each list in order', () => {
    expect(calendarYearWrite(2026, { holidays: ['2026-10-02', '2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] })).toEqual({
      ok: true,
      calendar: { holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] },
    });
  });

  test('a date of another year is refused at its place in the ordered list', () => {
    expect(calendarYearWrite(2026, { holidays: ['2026-10-01', '2025-12-31'], workdays: [] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      path: '/holidays/0',
      message: 'must be a date in 2026',
    });
    expect(calendarYearWrite(2026, { holidays: [], workdays: ['2027-01-04'] })).toMatchObject({ ok: false, path: '/workdays/0' });
  });

  test('a date cannot be both a holiday and a make-up working day', () => {
    expect(calendarYearWrite(2026, { holidays: ['2026-10-10'], workdays: ['2026-10-10'] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      path: '/workdays',
      message: '2026-10-10 cannot be both a holiday and a working day',
    });
  });
});

describe('validateWorkCalendar', () => {
  test('a sound calendar passes', () => {
    expect(validateWorkCalendar(NATIONAL_DAY, 2026)).toEqual({ ok: true, errors: [] });
  });

  test('bad dates, other years, duplicates and dates in both lists are named', () => {
    const result = validateWorkCalendar(
      { holidays: ['2026-02-30', '2027-01-01', '2026-10-01', '2026-10-01'], workdays: ['2026-10-01'] },
      2026,
    );
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.path)).toEqual(['/holidays/0', '/holidays/1', '/holidays/3', '/workdays/0']);
  });

  test('missing lists are errors', () => {
    expect(validateWorkCalendar({ holidays: [] }).errors).toEqual([{ path: '/workdays', message: expect.any(String) }]);
    expect(validateWorkCalendar(null).ok).toBe(false);
  });
});
