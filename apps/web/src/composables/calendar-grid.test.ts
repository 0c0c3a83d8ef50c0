import { dayKind, markHolidays, monthGrid, toggleDay, workingDayCount } from './calendar-grid';

const empty = { holidays: [] as string[], workdays: [] as string[] };

describe('working-day calendar grid', () => {
  it('lays a month out Monday to Sunday (November 2026 starts on a Sunday)', () => {
    const weeks = monthGrid(2026, 11, empty);
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]).toEqual({ date: '2026-11-01', day: 1, kind: 'weekend' });
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('counts 21 working days in November 2026 without holidays (RULES R4 example)', () => {
    expect(workingDayCount(2026, 11, empty)).toBe(21);
  });

  it('toggles a weekday into a holiday and a weekend day into a make-up working day, and back', () => {
    let cal = toggleDay(empty, '2026-10-01');
    expect(cal).toEqual({ holidays: ['2026-10-01'], workdays: [] });
    expect(dayKind('2026-10-01', cal)).toBe('holiday');
    cal = toggleDay(cal, '2026-10-10'); // a Saturday
    expect(dayKind('2026-10-10', cal)).toBe('makeup');
    expect(workingDayCount(2026, 10, cal)).toBe(22 - 1 + 1);
    cal = toggleDay(toggleDay(cal, '2026-10-01'), '2026-10-10');
    expect(cal).toEqual(empty);
  });

  it('marks a holiday period, taking any make-up day in it out (a date is never in both lists)', () => {
    const cal = markHolidays({ holidays: [], workdays: ['2026-10-03'] }, ['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(cal).toEqual({ holidays: ['2026-10-01', '2026-10-02', '2026-10-03'], workdays: [] });
  });
});
