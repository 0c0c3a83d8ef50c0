import { renderExplanation } from '../explanations/render-explanation.js';
import { complianceWeek } from './compliance-week.js';

const store = (ok: boolean, visitDays = 1) => ({ frequencyOk: ok, spacingOk: true, visitDays });
// 2026-W49 is Monday 2026-11-30 .. Sunday 2026-12-06; `today` is passed, never read from a clock.
const stores = [store(true, 3), store(true), store(true), store(false, 0), store(false, 1), store(false, 0), store(false, 0)];

describe('complianceWeek: one point of the weekly series', () => {
  test('a finished week is judged: 3 of 7 stores is 42.9 %', () => {
    const w = complianceWeek({ week: '2026-W49', today: '2026-12-07', stores });
    expect(w).toMatchObject({ from: '2026-11-30', to: '2026-12-06', stores: 7, met: 3, visitDays: 6, ratePct: 42.9, inProgress: false, status: 'complete' });
    expect(renderExplanation(w.explanation, 'en')).toBe('2026-W49 (2026-11-30 to 2026-12-06): 3 of 7 stores met their visits (42.9%).');
  });

  test('on the Thursday of that week the same 42.9 % is progress, not a verdict', () => {
    const w = complianceWeek({ week: '2026-W49', today: '2026-12-03', stores });
    expect(w).toMatchObject({ ratePct: 42.9, inProgress: true, status: 'in_progress' });
    expect(renderExplanation(w.explanation, 'zh-CN')).toBe('2026-W49 本周进行中（至 2026-12-06）：目前 7 家门店中 3 家已达标（42.9%），本周结束后再评判。');
  });

  test.each([
    ['2026-11-30', true], // Monday
    ['2026-12-06', true], // Sunday
    ['2026-11-29', false], // the Sunday before: the week has not started
    ['2026-12-07', false],
  ])('today %s: in progress %p', (today, inProgress) => {
    expect(complianceWeek({ week: '2026-W49', today, stores }).inProgress).toBe(inProgress);
  });

  test('weeks without data are gaps (null), not 0 %', () => {
    expect(complianceWeek({ week: '2026-W49', today: '2026-11-29', stores })).toMatchObject({ ratePct: null, status: 'future' });
    expect(complianceWeek({ week: '2026-W49', today: '2026-12-07', stores: [] })).toMatchObject({ ratePct: null, status: 'no_stores' });
    const none = complianceWeek({ week: '2026-W49', today: '2026-12-07', stores: [store(false, 0), store(false, 0)] });
    expect(none).toMatchObject({ ratePct: null, status: 'no_visits', inProgress: false });
    // Monday morning of the current week, nothing visited yet: in progress, still a gap.
    expect(complianceWeek({ week: '2026-W49', today: '2026-11-30', stores: [store(false, 0)] })).toMatchObject({ ratePct: null, status: 'in_progress', inProgress: true });
  });

  test('a week at the turn of the year: 2026-W53 runs to 2027-01-03', () => {
    expect(complianceWeek({ week: '2026-W53', today: '2027-01-01', stores })).toMatchObject({ from: '2026-12-28', to: '2027-01-03', inProgress: true });
  });

  test('the rate rounds half up at one decimal, in integers', () => {
    expect(complianceWeek({ week: '2026-W49', today: '2026-12-07', stores: [store(true), store(false), store(false)] }).ratePct).toBe(33.3);
    expect(complianceWeek({ week: '2026-W49', today: '2026-12-07', stores: [store(true), store(true), store(false)] }).ratePct).toBe(66.7);
    const eight = [...Array(7).fill(store(true)), store(false)] as ReturnType<typeof store>[];
    expect(complianceWeek({ week: '2026-W49', today: '2026-12-07', stores: eight }).ratePct).toBe(87.5);
  });

  test('malformed input is VALIDATION naming the field', () => {
    expect(() => complianceWeek({ week: '2025-W53', today: '2026-12-07', stores })).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: '/week' })] }));
    expect(() => complianceWeek({ week: '2026-W49', today: '2026-12-32', stores })).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: '/today' })] }));
  });
});
