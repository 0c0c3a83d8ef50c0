import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import {
  dateOfDayNumber,
  datesBetween,
  dayNumber,
  daysBetween,
  isDate,
  isoWeekday,
  requireDate,
  shiftDate,
} from './calendar-date.js';

describe('isDate', () => {
  test.each([
    ['2026-11-26', true],
    ['2028-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2026-02-29', false],
    ['2100-02-29', false], // divisible by 100, not 400
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['2026-11-26T00:00:00Z', false],
    [20261126, false],
  ])('isDate(%p) is %p', (value, expected) => {
    expect(isDate(value)).toBe(expected);
  });

  test('requireDate names the field', () => {
    expect(() => requireDate('2026-02-30', 'productionDate')).toThrow(
      expect.objectContaining({ code: 'VALIDATION', errors: [{ path: '/productionDate', message: expect.any(String) }] }),
    );
    expect(() => requireDate('x', 'a')).toThrow(DomainError);
  });
});

describe('date arithmetic', () => {
  test('month ends, year ends and leap days', () => {
    expect(shiftDate('2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDate('2028-02-29', 1)).toBe('2028-03-01');
    expect(shiftDate('2027-02-28', 1)).toBe('2027-03-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2026-06-01', 365)).toBe('2027-06-01');
    expect(shiftDate('2028-02-29', 365)).toBe('2029-02-28');
  });

  test('daysBetween counts whole days: 2026-11-26 to 2027-02-24 is 90', () => {
    expect(daysBetween('2026-11-26', '2027-02-24')).toBe(90);
    expect(daysBetween('2027-02-24', '2026-11-26')).toBe(-90);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });

  test('isoWeekday: Monday 1 .. Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-26')).toBe(4);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  test('datesBetween includes both ends and is empty when reversed', () => {
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(datesBetween('2026-12-30', '2026-12-29')).toEqual([]);
  });

  const anyDate = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  test('property: day numbers agree with Date.UTC and round-trip', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(dayNumber(date) * 86_400_000).toBe(Date.parse(`${date}T00:00:00Z`));
        expect(dateOfDayNumber(dayNumber(date))).toBe(date);
        expect(isDate(date)).toBe(true);
      }),
    );
  });

  test('property: shifting forth and back returns the date; daysBetween measures the shift', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const shifted = shiftDate(date, n);
        expect(shiftDate(shifted, -n)).toBe(date);
        expect(daysBetween(date, shifted)).toBe(n);
        expect(isoWeekday(shifted)).toBe(((((isoWeekday(date) - 1 + n) % 7) + 7) % 7) + 1);
      }),
    );
  });
});
