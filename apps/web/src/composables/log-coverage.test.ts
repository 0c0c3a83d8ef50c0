import { logCoverage } from './log-coverage';

describe('work-log coverage of a month', () => {
  const logs = [
    { date: '2026-11-02', vague: false },
    { date: '2026-11-03', vague: true },
  ];
  it('marks each working day written, vague, missing, or to come (today still to come)', () => {
    const days = logCoverage('2026-11', { holidays: ['2026-11-05'], workdays: [] }, logs, '2026-11-06');
    expect(days.slice(0, 4)).toEqual([
      { date: '2026-11-02', state: 'written' },
      { date: '2026-11-03', state: 'vague' },
      { date: '2026-11-04', state: 'missing' },
      { date: '2026-11-06', state: 'upcoming' },
    ]);
    expect(days).toHaveLength(20);
  });

  it('owes nothing before the start date', () => {
    const days = logCoverage('2026-11', { holidays: [], workdays: [] }, [], '2026-11-30', '2026-11-20');
    expect(days[0]!.date).toBe('2026-11-20');
  });
});
