import fc from 'fast-check';
import { EMPTY_CALENDAR, type WorkCalendar } from '../calendar/work-calendar.js';
import { datesBetween } from '../time/calendar-date.js';
import { dutyDueDate, dutyDueDates, dutyEvidenceDateOf, dutyEvidencePeriodKey, dutyPeriodKey, dutyTitle, isDutyDueOn } from './duty-cadence.js';
import type { DutyCadence } from '../vocabulary/duty-cadences.js';

// Illustrative: National Day off 1-7 October 2026 (Thu-Wed), Saturday 10 October worked.
const OCTOBER: WorkCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};

describe('duty cadences (R6)', () => {
  test('daily: every working day, keyed by the date', () => {
    const daily: DutyCadence = { kind: 'daily' };
    expect(dutyPeriodKey(daily, '2026-11-26', EMPTY_CALENDAR)).toBe('2026-11-26');
    expect(dutyPeriodKey(daily, '2026-11-28', EMPTY_CALENDAR)).toBeNull(); // Saturday
    expect(isDutyDueOn(daily, '2026-10-10', OCTOBER)).toBe(true); // make-up Saturday
    expect(isDutyDueOn(daily, '2026-10-01', OCTOBER)).toBe(false);
    expect(dutyDueDates(daily, '2026-11-01', '2026-11-30', EMPTY_CALENDAR)).toHaveLength(21);
  });

  test('weekly on a weekday: keyed by ISO week, moved past a holiday within the week', () => {
    const monday: DutyCadence = { kind: 'weekly', weekday: 1 };
    expect(dutyPeriodKey(monday, '2026-11-26', EMPTY_CALENDAR)).toBe('2026-W48');
    expect(isDutyDueOn(monday, '2026-11-23', EMPTY_CALENDAR)).toBe(true);
    expect(isDutyDueOn(monday, '2026-11-24', EMPTY_CALENDAR)).toBe(false);
    // Monday 5 October to Wednesday 7 are holidays: the duty moves to Thursday 8 October
    expect(dutyDueDate(monday, '2026-W41', OCTOBER)).toBe('2026-10-08');
    // Friday 2 October is a holiday and nothing is worked after it that week: no task that week
    expect(dutyDueDate({ kind: 'weekly', weekday: 5 }, '2026-W40', OCTOBER)).toBeNull();
  });

  test('weekly on Saturday (周六下午回公司开会) stays on Saturday', () => {
    const saturday: DutyCadence = { kind: 'weekly', weekday: 6 };
    expect(dutyDueDate(saturday, '2026-W48', EMPTY_CALENDAR)).toBe('2026-11-28');
    expect(dutyDueDate(saturday, '2026-W53', EMPTY_CALENDAR)).toBe('2027-01-02'); // the week spans the year end
  });

  test('monthly on the n-th working day (每月第2个工作日), keyed by month', () => {
    const second: DutyCadence = { kind: 'monthly', workingDay: 2 };
    expect(dutyPeriodKey(second, '2026-12-15', EMPTY_CALENDAR)).toBe('2026-12');
    expect(dutyDueDate(second, '2026-10', OCTOBER)).toBe('2026-10-09');
    expect(isDutyDueOn(second, '2026-12-02', EMPTY_CALENDAR)).toBe(true);
    // a month with fewer working days uses its last one
    expect(dutyDueDate({ kind: 'monthly', workingDay: 23 }, '2026-11', EMPTY_CALENDAR)).toBe('2026-11-30');
  });

  test('invalid cadences and period keys are refused', () => {
    expect(() => dutyPeriodKey({ kind: 'weekly', weekday: 8 }, '2026-11-26', EMPTY_CALENDAR)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => dutyDueDate({ kind: 'weekly', weekday: 1 }, '2025-W53', EMPTY_CALENDAR)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => dutyDueDate({ kind: 'monthly', workingDay: 1 }, '2026-13', EMPTY_CALENDAR)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  const cadence = fc.oneof(
    fc.constant<DutyCadence>({ kind: 'daily' }),
    fc.integer({ min: 1, max: 7 }).map<DutyCadence>((weekday) => ({ kind: 'weekly', weekday })),
    fc.integer({ min: 1, max: 23 }).map<DutyCadence>((workingDay) => ({ kind: 'monthly', workingDay })),
  );
  const calendar = fc.constantFrom(EMPTY_CALENDAR, OCTOBER);

  test('property: at most one due date per period over a year, and every due date is its period’s due date', () => {
    fc.assert(
      fc.property(cadence, calendar, (c, cal) => {
        const due = dutyDueDates(c, '2026-09-01', '2027-01-31', cal);
        const keys = due.map((d) => d.periodKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const d of due) expect(dutyDueDate(c, d.periodKey, cal)).toBe(d.date);
        if (c.kind === 'monthly') expect(keys).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
        if (c.kind === 'daily') expect(due.length).toBe(datesBetween('2026-09-01', '2027-01-31').filter((d) => isDutyDueOn(c, d, cal)).length);
      }),
    );
  });
});

describe('duty task titles (R6)', () => {
  it('use the duty’s own title, else the handbook’s heading, else the first clause', () => {
    expect(dutyTitle({ text: '工作日志：每个工作日填写“工作日志”，每月第2个工作日向经理报送。', title: '写工作日志' })).toBe('写工作日志');
    expect(dutyTitle({ text: '工作日志：每个工作日填写“工作日志”，每月第2个工作日向经理报送。' })).toBe('工作日志');
    expect(dutyTitle({ text: '每周计划：根据每月的工作计划与上周的拜访得到的实际情况，安排一周的拜访工作。' })).toBe('每周计划');
    expect(dutyTitle({ text: '阅读业务员的工作日志，对填写含糊不清的日志予以标记。' })).toBe('阅读业务员的工作日志');
    expect(dutyTitle({ text: '  ', title: '  ' })).toBe('');
    const long = dutyTitle({ text: '每周六下午主持业务员例会审核业务员上报的一周拜访计划并检查重点门店一般门店的拜访频率' });
    expect(long).toHaveLength(24);
    expect(long.endsWith('…')).toBe(true);
  });

  it('close the task their record is handed in for: a log its day’s, a survey the next month’s', () => {
    expect(dutyEvidencePeriodKey('work_log', '2026-11-26')).toBe('2026-11-26');
    expect(dutyEvidencePeriodKey('market_survey', '2026-11')).toBe('2026-12');
    expect(dutyEvidencePeriodKey('market_survey', '2026-12')).toBe('2027-01');
    expect(() => dutyEvidencePeriodKey('market_survey', '2026-11-26')).toThrow();
    expect(() => dutyEvidencePeriodKey('work_log', '2026-11')).toThrow();
    expect(dutyEvidenceDateOf('market_survey', '2027-01')).toBe('2026-12');
    expect(dutyEvidenceDateOf('work_log', '2026-11-26')).toBe('2026-11-26');
  });
});
