import fc from 'fast-check';
import { getISOWeek, getISOWeekYear, getISOWeeksInYear } from 'date-fns';
import { isoWeekday } from './calendar-date.js';
import { isIsoWeek, isoWeekDates, isoWeekOf, isoWeeksInYear } from './iso-week.js';

describe('ISO weeks', () => {
  test.each([
    ['2026-11-26', '2026-W48'],
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of 2026
    ['2026-12-28', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'], // early January in the previous week-year
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'], // late December in the next week-year
    ['2021-01-03', '2020-W53'],
    ['2028-02-29', '2028-W09'],
  ])('isoWeekOf(%p) is %p', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  test('2026 has 53 ISO weeks, 2025 and 2027 have 52', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeeksInYear(2020)).toBe(53); // a leap year starting on Wednesday
  });

  test.each([
    ['2026-W53', true],
    ['2025-W53', false], // week 53 in a 52-week year
    ['2026-W01', true],
    ['2026-W00', false],
    ['2026-W54', false],
    ['2026-W5', false],
    ['2026W48', false],
  ])('isIsoWeek(%p) is %p', (value, expected) => {
    expect(isIsoWeek(value)).toBe(expected);
  });

  test('isoWeekDates lists Monday to Sunday, across the year end', () => {
    expect(isoWeekDates('2026-W53')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(isoWeekDates('2025-W01')[0]).toBe('2024-12-30');
    expect(isoWeekDates('2026-W48')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(() => isoWeekDates('2025-W53')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  const anyDate = fc
    .date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  test('property: agrees with date-fns', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const local = new Date(y, m - 1, d, 12); // noon local: safe from DST midnights
        const week = isoWeekOf(date);
        expect(Number(week.slice(0, 4))).toBe(getISOWeekYear(local));
        expect(Number(week.slice(6))).toBe(getISOWeek(local));
        expect(isoWeeksInYear(y)).toBe(getISOWeeksInYear(local.setMonth(5)));
      }),
    );
  });

  test('property: a date lies in its week, at the position of its weekday', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const week = isoWeekOf(date);
        expect(isIsoWeek(week)).toBe(true);
        expect(isoWeekDates(week).indexOf(date)).toBe(isoWeekday(date) - 1);
      }),
    );
  });
});
