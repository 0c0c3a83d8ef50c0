import { firstDateOfMonth, isMonth, lastDateOfMonth, monthDates, monthOf, shiftMonth } from './month.js';

describe('months', () => {
  test.each([
    ['2026-11', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['2026-11-01', false],
  ])('isMonth(%p) is %p', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });

  test('monthDates covers the whole month, leap February included', () => {
    expect(monthDates('2028-02')).toHaveLength(29);
    expect(monthDates('2028-02').at(-1)).toBe('2028-02-29');
    expect(monthDates('2026-02')).toHaveLength(28);
    expect(monthDates('2026-11')).toHaveLength(30);
    expect(monthDates('2026-12')[0]).toBe('2026-12-01');
    expect(monthDates('2026-12').at(-1)).toBe('2026-12-31');
  });

  test('shiftMonth crosses year ends both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 14)).toBe('2028-01');
    expect(shiftMonth('2026-11', -23)).toBe('2024-12');
  });

  test('first and last dates, and the month of a date', () => {
    expect(firstDateOfMonth('2026-11')).toBe('2026-11-01');
    expect(lastDateOfMonth('2026-11')).toBe('2026-11-30');
    expect(lastDateOfMonth('2100-02')).toBe('2100-02-28');
    expect(monthOf('2026-11-27')).toBe('2026-11');
    expect(() => monthDates('2026-13')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});
