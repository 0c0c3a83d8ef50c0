import fc from 'fast-check';
import { EMPTY_CALENDAR } from '../calendar/work-calendar.js';
import { renderExplanation } from '../explanations/render-explanation.js';
import { toMinor } from '../money/money.js';
import { SCORE_LINE_CODES, type ScoreLineCode } from '../vocabulary/score-lines.js';
import { workingDaysInMonth } from '../calendar/work-calendar.js';
import { scoreMonth, type ScoreMonthInput, type Scorecard } from './score-month.js';
import { DEFAULT_SCORING } from './scoring-scheme.js';

const NOV_DAYS = workingDaysInMonth('2026-11', EMPTY_CALENDAR);
const AFTER_DEADLINE = '2026-12-10T09:00:00+08:00';

const base = (over: Partial<ScoreMonthInput> = {}): ScoreMonthInput => ({
  month: '2026-11',
  scheme: DEFAULT_SCORING,
  calendar: EMPTY_CALENDAR,
  timezone: 'Asia/Shanghai',
  userStartDate: '2025-01-01',
  now: AFTER_DEADLINE,
  ...over,
});
/** A log for `date`, submitted that evening in Shanghai. */
const log = (date: string, vague = false) => ({ date, submittedAt: `${date}T20:00:00+08:00`, vague });
const allLogs = NOV_DAYS.map((d) => log(d));
const gradedSurvey = { submittedAt: '2026-11-28T10:00:00+08:00', grade: 0 };

const item = (card: Scorecard, code: ScoreLineCode) => {
  const found = card.items.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code} line`);
  return found;
};
const points = (card: Scorecard) => Object.fromEntries(card.items.map((i) => [i.code, i.points]));

describe('scoreMonth (R4) — worked examples', () => {
  test('November 2026 has 21 working days; deadline 2026-12-02 23:59:59 Shanghai', () => {
    const card = scoreMonth(base({ workLogs: allLogs, survey: gradedSurvey }));
    expect(NOV_DAYS).toHaveLength(21);
    expect(card.deadlineAt).toBe('2026-12-02T15:59:59.999Z');
    expect(card.total).toBe(100);
    expect(card.items.map((i) => i.code)).toEqual([...SCORE_LINE_CODES]);
  });

  test('logs on 18 of 21 days (one flagged vague) and no survey: -3 - 0.5 - 5 = -8.5', () => {
    const logs = NOV_DAYS.slice(0, 18).map((d, i) => log(d, i === 4));
    const card = scoreMonth(base({ workLogs: logs }));
    expect(item(card, 'work_log_missing').points).toBe(-3);
    expect(item(card, 'work_log_missing').inputs.missingDates).toEqual(NOV_DAYS.slice(18));
    expect(item(card, 'work_log_vague').points).toBe(-0.5);
    expect(item(card, 'market_survey').points).toBe(-5);
    expect(card.items.reduce((s, i) => s + i.points, 0)).toBe(-8.5);
    expect(card.total).toBe(91.5);
    expect(card.provisional).toBe(false);
  });

  test('one valid and one invalid complaint, two late tasks, a 3-point violation, a first-level market not done: -19', () => {
    const card = scoreMonth(
      base({
        workLogs: allLogs,
        survey: gradedSurvey,
        complaints: [
          { date: '2026-11-05', valid: true },
          { date: '2026-11-06', valid: false },
        ],
        tasks: [
          { id: 't1', dueAt: '2026-11-10T18:00:00+08:00', completedAt: '2026-11-11T09:00:00+08:00', review: 'accepted' },
          { id: 't2', dueAt: '2026-11-20T18:00:00+08:00', completedAt: '2026-11-20T18:00:01+08:00' },
          { id: 't3', dueAt: '2026-11-25T18:00:00+08:00', completedAt: '2026-11-25T17:00:00+08:00', review: 'accepted' },
        ],
        disciplineRecords: [{ date: '2026-11-18', points: 3 }],
        marketPlans: [
          { level: 'first', name: 'Agent Minhang', completedDate: null },
          { level: 'first', name: 'Agent Pudong', completedDate: '2026-11-29' },
        ],
      }),
    );
    expect(points(card)).toEqual({
      collection: 0,
      market_first_level: -10,
      market_second_level: 0,
      work_log_missing: 0,
      work_log_vague: 0,
      market_survey: 0,
      complaint: -2,
      assigned_task: -4,
      discipline: -3,
    });
    expect(card.total).toBe(81);
  });

  test('October carry-in: November plan 50000 + 10000, collected 63000: 105%, +2.5', () => {
    const card = scoreMonth(
      base({
        workLogs: allLogs,
        survey: gradedSurvey,
        planMinor: toMinor(50000),
        previousMonths: [{ month: '2026-10', planMinor: toMinor(50000), actualMinor: toMinor(40000) }],
        collections: [{ date: '2026-11-15', amountMinor: toMinor(63000) }],
      }),
    );
    expect(item(card, 'collection')).toMatchObject({
      points: 2.5,
      inputs: { carryInMinor: toMinor(10000), effectivePlanMinor: toMinor(60000), ratePercent: '105' },
    });
    expect(card.total).toBe(102.5);
  });

  test('collections 80000 minus a 3000 refund executed in November: actual 77000', () => {
    const card = scoreMonth(
      base({
        planMinor: toMinor(77000),
        carryInMinor: 0,
        collections: [{ date: '2026-11-03', amountMinor: toMinor(80000) }],
        refunds: [{ date: '2026-11-21', amountMinor: toMinor(3000) }],
      }),
    );
    expect(item(card, 'collection')).toMatchObject({ points: 0, inputs: { actualMinor: toMinor(77000), ratePercent: '100' } });
  });

  test('no plan: the collection line is not applicable, 0 points', () => {
    expect(item(scoreMonth(base()), 'collection')).toMatchObject({ points: 0, explanation: { key: 'score.collection.not_applicable' } });
  });
});

describe('scoreMonth — deadlines and time zones', () => {
  test('a log at 23:59:59.999 Shanghai on the deadline is on time; at midnight it is late', () => {
    const lastDay = NOV_DAYS.at(-1) as string;
    const others = NOV_DAYS.slice(0, -1).map((d) => log(d));
    const onTime = scoreMonth(base({ workLogs: [...others, { date: lastDay, submittedAt: '2026-12-02T23:59:59.999+08:00' }] }));
    const late = scoreMonth(base({ workLogs: [...others, { date: lastDay, submittedAt: '2026-12-03T00:00:00+08:00' }] }));
    expect(item(onTime, 'work_log_missing').points).toBe(0);
    expect(item(late, 'work_log_missing').points).toBe(-1);
    // the same instant written in UTC: 15:59:59.999Z is still 2 December in Shanghai
    const utc = scoreMonth(base({ workLogs: [...others, { date: lastDay, submittedAt: '2026-12-02T15:59:59.999Z' }] }));
    expect(item(utc, 'work_log_missing').points).toBe(0);
  });

  test('a late survey costs the maximum even when graded', () => {
    const card = scoreMonth(base({ survey: { submittedAt: '2026-12-03T08:00:00+08:00', grade: 1 } }));
    expect(item(card, 'market_survey')).toMatchObject({ points: -5, explanation: { key: 'score.market_survey.late' } });
  });

  test('a task due at 00:30 Shanghai on 1 December belongs to December, though it is 30 November in UTC', () => {
    const card = scoreMonth(base({ tasks: [{ dueAt: '2026-11-30T16:30:00Z', completedAt: null }] }));
    expect(item(card, 'assigned_task').points).toBe(0);
    const inNovember = scoreMonth(base({ tasks: [{ dueAt: '2026-11-30T15:30:00Z', completedAt: null }] }));
    expect(item(inNovember, 'assigned_task').points).toBe(-2);
  });

  test('work logs are owed from the user’s start date', () => {
    const card = scoreMonth(base({ userStartDate: '2026-11-16' }));
    expect(item(card, 'work_log_missing')).toMatchObject({ points: -11, inputs: { workingDays: 11, fromDate: '2026-11-16' } });
    expect(item(scoreMonth(base({ userStartDate: '2026-12-01' })), 'work_log_missing').points).toBe(0);
  });

  test('December’s deadline lies in January of the next year’s calendar', () => {
    const card = scoreMonth(
      base({ month: '2026-12', calendar: { holidays: ['2027-01-01'], workdays: [] }, now: '2027-01-05T12:00:00+08:00' }),
    );
    expect(card.deadlineAt).toBe('2027-01-05T15:59:59.999Z');
    expect(item(card, 'market_survey').provisional).toBe(true);
    expect(item(card, 'work_log_missing').provisional).toBe(true);
    expect(card.monthEndAt).toBe('2026-12-31T15:59:59.999Z');
  });
});

describe('scoreMonth — provisional lines', () => {
  const midMonth = base({
    now: '2026-11-20T12:00:00+08:00',
    planMinor: toMinor(100000),
    collections: [{ date: '2026-11-05', amountMinor: toMinor(40000) }],
    workLogs: NOV_DAYS.filter((d) => d < '2026-11-20').slice(1).map((d) => log(d)),
    marketPlans: [{ level: 'second', name: 'Wholesale 7', completedDate: null }],
    complaints: [
      { date: '2026-11-03', valid: true },
      { date: '2026-11-04', valid: null },
    ],
    tasks: [
      { id: 'overdue', dueAt: '2026-11-10T18:00:00+08:00' },
      { id: 'future', dueAt: '2026-11-25T18:00:00+08:00' },
      { id: 'awaiting review', dueAt: '2026-11-12T18:00:00+08:00', completedAt: '2026-11-12T10:00:00+08:00' },
    ],
    disciplineRecords: [{ date: '2026-11-19', points: 2.5 }],
  });

  test('obligations not yet due deduct nothing but show progress; recorded events count at once', () => {
    const card = scoreMonth(midMonth);
    expect(card.provisional).toBe(true);
    expect(item(card, 'collection')).toMatchObject({ points: 0, provisional: true, explanation: { key: 'score.collection.in_progress', params: { rate: '40', projected: -30 } } });
    expect(item(card, 'market_second_level')).toMatchObject({ points: 0, provisional: true });
    expect(item(card, 'work_log_missing')).toMatchObject({ points: 0, provisional: true, inputs: { missingSoFar: ['2026-11-02'] } });
    expect(item(card, 'market_survey')).toMatchObject({ points: 0, provisional: true, explanation: { key: 'score.market_survey.not_yet_due' } });
    expect(item(card, 'complaint')).toMatchObject({ points: -2, provisional: true });
    expect(item(card, 'assigned_task')).toMatchObject({ points: -2, provisional: true });
    expect(item(card, 'discipline')).toMatchObject({ points: -2.5, provisional: true });
    expect(card.total).toBe(93.5);
  });

  test('after the month ends, month-end lines are final; paperwork waits for the deadline', () => {
    const card = scoreMonth({ ...midMonth, now: '2026-12-01T09:00:00+08:00' });
    expect(item(card, 'collection')).toMatchObject({ points: -30, provisional: false });
    expect(item(card, 'market_second_level')).toMatchObject({ points: -1, provisional: false });
    expect(item(card, 'work_log_missing').provisional).toBe(true);
    expect(item(card, 'complaint').provisional).toBe(true); // one complaint still undecided
    expect(item(card, 'assigned_task')).toMatchObject({ points: -4, provisional: true }); // 'future' is now overdue; one awaits review
  });

  test('a submitted, ungraded survey is provisional after the deadline', () => {
    const card = scoreMonth(base({ survey: { submittedAt: '2026-12-01T09:00:00+08:00', grade: null } }));
    expect(item(card, 'market_survey')).toMatchObject({ points: 0, provisional: true, explanation: { key: 'score.market_survey.awaiting_grade' } });
  });
});

describe('scoreMonth — tasks', () => {
  test('each task counts once; unscored duty tasks and other months are ignored', () => {
    const card = scoreMonth(
      base({
        tasks: [
          { id: 'late and failed', dueAt: '2026-11-10T18:00:00+08:00', completedAt: '2026-11-12T09:00:00+08:00', review: 'failed' },
          { id: 'on time, failed', dueAt: '2026-11-11T18:00:00+08:00', completedAt: '2026-11-11T09:00:00+08:00', review: 'failed' },
          { id: 'on time, accepted', dueAt: '2026-11-12T18:00:00+08:00', completedAt: '2026-11-12T09:00:00+08:00', review: 'accepted' },
          { id: 'never done', dueAt: '2026-11-13T18:00:00+08:00', completedAt: null },
          { id: 'unscored duty', dueAt: '2026-11-14T18:00:00+08:00', scored: false },
          { id: 'October', dueAt: '2026-10-31T18:00:00+08:00' },
        ],
      }),
    );
    const line = item(card, 'assigned_task');
    expect(line.points).toBe(-6);
    expect(line.explanation.params).toMatchObject({ due: 4, counted: 3, late: 0, failed: 2, notCompleted: 1 });
  });
});

describe('scoreMonth — input checks', () => {
  test('a scheme outside half-points, a bad grade or a bad date is a VALIDATION error', () => {
    expect(() => scoreMonth(base({ scheme: { ...DEFAULT_SCORING, vagueLogPenalty: 0.3 } }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', errors: [{ path: '/scheme/vagueLogPenalty', message: expect.any(String) }] }),
    );
    expect(() => scoreMonth(base({ survey: { submittedAt: '2026-11-28T10:00:00+08:00', grade: 6 } }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() => scoreMonth(base({ complaints: [{ date: '2026-11-31', valid: true }] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => scoreMonth(base({ now: 'yesterday' }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('scoreMonth — properties', () => {
  const novDay = fc.integer({ min: 1, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
  const anyNow = fc.constantFrom('2026-11-15T12:00:00+08:00', '2026-12-01T12:00:00+08:00', AFTER_DEADLINE);
  const input = fc.record({
    now: anyNow,
    logs: fc.subarray(NOV_DAYS),
    vague: fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }),
    complaints: fc.array(fc.record({ date: novDay, valid: fc.constantFrom(true, false, null) }), { maxLength: 6 }),
    discipline: fc.array(fc.record({ date: novDay, points: fc.constantFrom(2, 2.5, 3, 4.5, 5) }), { maxLength: 4 }),
    tasks: fc.array(
      fc.record({
        dueAt: novDay.map((d) => `${d}T18:00:00+08:00`),
        completedAt: fc.option(novDay.map((d) => `${d}T12:00:00+08:00`), { nil: null }),
        review: fc.constantFrom('accepted' as const, 'failed' as const, null),
      }),
      { maxLength: 6 },
    ),
    survey: fc.option(fc.record({ submittedAt: fc.constantFrom('2026-11-30T10:00:00+08:00', '2026-12-04T10:00:00+08:00'), grade: fc.constantFrom(0, 1.5, 5, null) }), { nil: null }),
    plan: fc.option(fc.integer({ min: 0, max: 10 ** 9 }), { nil: null }),
    collected: fc.integer({ min: 0, max: 10 ** 9 }),
  });

  test('property: total = base + Σ points, deductions are ≤ 0, everything in half-points, every line explained', () => {
    fc.assert(
      fc.property(input, (x) => {
        const card = scoreMonth(
          base({
            now: x.now,
            workLogs: x.logs.map((d, i) => log(d, x.vague[i] ?? false)),
            complaints: x.complaints,
            disciplineRecords: x.discipline,
            tasks: x.tasks,
            survey: x.survey,
            planMinor: x.plan,
            collections: [{ date: '2026-11-20', amountMinor: x.collected }],
          }),
        );
        expect(card.total).toBe(card.baseScore + card.items.reduce((s, i) => s + i.points, 0));
        for (const i of card.items) {
          expect(Number.isInteger(i.points * 2)).toBe(true);
          if (i.code !== 'collection') expect(i.points).toBeLessThanOrEqual(0);
          for (const locale of ['en', 'zh-CN'] as const) expect(renderExplanation(i.explanation, locale)).not.toMatch(/[{}]/);
        }
        // recorded events are charged exactly
        expect(item(card, 'complaint').points).toBe(-2 * x.complaints.filter((c) => c.valid === true).length + 0);
        expect(item(card, 'discipline').points).toBe(-x.discipline.reduce((s, d) => s + d.points, 0) + 0);
        expect(card.provisional).toBe(card.items.some((i) => i.provisional));
        if (x.now === AFTER_DEADLINE) expect(item(card, 'work_log_missing').points).toBe(-(21 - x.logs.length) + 0);
      }),
      { numRuns: 200 },
    );
  });
});
