import { EMPTY_CALENDAR, workingDaysInMonth } from '../calendar/work-calendar.js';
import { renderExplanation } from '../explanations/render-explanation.js';
import { SCORE_LINE_CODES } from '../vocabulary/score-lines.js';
import { projectTotal, type ProjectTotalInput } from './project-total.js';
import { scoreMonth, type ScoreMonthInput } from './score-month.js';
import { DEFAULT_SCORING } from './scoring-scheme.js';

// The worked examples of docs/domain.md, "Projected total". Every `now` is explicit, so no
// example depends on the day the tests run.
const NOV = workingDaysInMonth('2026-11', EMPTY_CALENDAR);
const log = (date: string) => ({ date, submittedAt: `${date}T20:00:00+08:00` });
const logsBefore = (date: string, except: string[] = []) => NOV.filter((d) => d < date && !except.includes(d)).map(log);

const card = (over: Partial<ScoreMonthInput>) =>
  scoreMonth({
    month: '2026-11',
    scheme: DEFAULT_SCORING,
    calendar: EMPTY_CALENDAR,
    timezone: 'Asia/Shanghai',
    userStartDate: '2025-01-01',
    now: '2026-11-13T15:00:00+08:00',
    ...over,
  });

describe('projectTotal — worked examples', () => {
  test('1. on pace below plan: counted 98.0, projected 89.0', () => {
    const c = card({
      planMinor: 10_000_000,
      collections: [{ date: '2026-11-10', amountMinor: 4_000_000 }],
      workLogs: logsBefore('2026-11-13', ['2026-11-05']),
      complaints: [{ date: '2026-11-09', valid: true }],
    });
    expect(c.total).toBe(98);
    expect(c.projection).toMatchObject({ total: 89, projectedActualMinor: 8_400_000 });
    expect(c.projection?.explanation).toEqual({
      key: 'score.projection',
      params: {
        counted: 98,
        projected: 89,
        elapsed: 10,
        workingDays: 21,
        actual: '40000.00',
        projectedActual: '84000.00',
        collectionPoints: -8,
        missingSoFar: 1,
        missingPoints: -1,
      },
    });
    expect(renderExplanation(c.projection!.explanation, 'zh-CN')).toContain('¥84,000.00');
    expect(renderExplanation(c.projection!.explanation, 'en')).toMatch(/¥84,000\.00/);
  });

  test('2. above plan, the pace rounded half away from zero to the fen: counted 95.0, projected 103.0', () => {
    const c = card({
      planMinor: 5_000_000,
      carryInMinor: 1_000_000,
      collections: [{ date: '2026-11-12', amountMinor: 3_333_335 }],
      workLogs: logsBefore('2026-11-13'),
      disciplineRecords: [{ date: '2026-11-11', points: 3 }],
      tasks: [{ dueAt: '2026-11-06T18:00:00+08:00', completedAt: '2026-11-07T09:00:00+08:00' }],
    });
    expect(c.total).toBe(95);
    expect(c.projection).toMatchObject({ total: 103, projectedActualMinor: 7_000_004 });
    expect(c.projection?.explanation.params).toMatchObject({ collectionPoints: 8, missingPoints: 0 });
  });

  test('3. no working day yet (Sunday 1 November): the collection is not projected', () => {
    const c = card({ now: '2026-11-01T10:00:00+08:00', planMinor: 10_000_000, collections: [{ date: '2026-11-01', amountMinor: 100 }] });
    expect(c.total).toBe(100);
    expect(c.projection).toMatchObject({ total: 100, projectedActualMinor: null });
    expect(c.projection?.explanation.key).toBe('score.projection.no_working_day_yet');
  });

  test('4. month over, deadline not passed: counted 99.0, projected 96.0 (the survey is not projected)', () => {
    const logs = NOV.slice(3).map(log);
    const c = card({
      now: '2026-12-01T10:00:00+08:00',
      planMinor: 10_000_000,
      collections: [{ date: '2026-11-20', amountMinor: 9_740_000 }],
      workLogs: logs,
    });
    expect(c.items.find((i) => i.code === 'collection')?.points).toBe(-1);
    expect(c.total).toBe(99);
    expect(c.projection).toMatchObject({ total: 96, projectedActualMinor: null });
    expect(c.projection?.explanation).toMatchObject({ key: 'score.projection.after_month_end', params: { missingSoFar: 3, missingPoints: -3 } });
  });

  test('5. a newcomer: the pace is measured over their own working days (d = 5 of D = 11)', () => {
    const c = card({
      now: '2026-11-20T15:00:00+08:00',
      userStartDate: '2026-11-16',
      planMinor: 2_000_000,
      collections: [{ date: '2026-11-18', amountMinor: 1_000_000 }],
      workLogs: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'].map(log),
    });
    expect(c.projection?.explanation.params).toMatchObject({ elapsed: 5, workingDays: 11, projectedActual: '22000.00', collectionPoints: 5 });
    expect(c.projection?.total).toBe(105);
  });

  test('a settled card has no projection', () => {
    const c = card({ now: '2026-12-10T09:00:00+08:00', workLogs: NOV.map(log), survey: { submittedAt: '2026-11-28T10:00:00+08:00', grade: 0 } });
    expect(c.provisional).toBe(false);
    expect(c.projection).toBeNull();
  });
});

describe('projectTotal — the rule itself', () => {
  const lines = (points: Partial<Record<(typeof SCORE_LINE_CODES)[number], number>>) => SCORE_LINE_CODES.map((code) => ({ code, points: points[code] ?? 0 }));
  const input = (over: Partial<ProjectTotalInput> = {}): ProjectTotalInput => ({
    baseScore: 100,
    lines: lines({}),
    workingDays: 21,
    elapsedWorkingDays: 10,
    monthOver: false,
    deadlinePassed: false,
    collection: { planMinor: 10_000_000, carryInMinor: 0, actualMinor: 5_000_000, pointsPerPercent: 0.5 },
    missingLogsSoFar: 0,
    missingLogPenalty: 1,
    ...over,
  });

  test('fixed deduction lines are never scaled; only the collection follows the pace', () => {
    const p = projectTotal(input({ lines: lines({ complaint: -2, discipline: -3, assigned_task: -2, work_log_vague: -0.5 }) }));
    // 5,000,000 × 21 / 10 = 10,500,000 → 105% → +2.5; deductions as recorded: -7.5.
    expect(p.total).toBe(100 + 2.5 - 7.5);
  });

  test('a negative actual (refunds above collections) rounds half away from zero too', () => {
    const p = projectTotal(input({ collection: { planMinor: 10_000_000, carryInMinor: 0, actualMinor: -5, pointsPerPercent: 0.5 }, elapsedWorkingDays: 2, workingDays: 21 }));
    expect(p.projectedActualMinor).toBe(-53); // -52.5 → -53
  });

  test('no plan: the collection projects to 0 points', () => {
    const p = projectTotal(input({ collection: { planMinor: null, carryInMinor: 0, actualMinor: 5_000_000, pointsPerPercent: 0.5 } }));
    expect(p.total).toBe(100);
  });

  test('after the deadline the counted work-log points stand', () => {
    const p = projectTotal(input({ monthOver: true, deadlinePassed: true, missingLogsSoFar: 4, lines: lines({ work_log_missing: -2, collection: 1 }) }));
    expect(p.total).toBe(99);
  });

  test('refuses day counts that cannot be', () => {
    expect(() => projectTotal(input({ elapsedWorkingDays: 22 }))).toThrow(/elapsedWorkingDays/);
    expect(() => projectTotal(input({ workingDays: -1 }))).toThrow(/workingDays/);
    expect(() => projectTotal(input({ missingLogsSoFar: 1.5 }))).toThrow(/missingLogsSoFar/);
  });
});
