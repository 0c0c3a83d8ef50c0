import { createPinia, setActivePinia } from 'pinia';
import type { MarketSurveyFull } from '../api/types';
import { setLocale } from '../i18n';
import * as work from '../api/work';
import { fakeApi } from '../test-utils/fake-api';
import { formatMonth } from './format';
import { appendSurveys, surveyFor, surveyGrade } from './survey-list';

const survey = (id: string, month: string, over: Partial<MarketSurveyFull> = {}): MarketSurveyFull => ({
  id,
  userId: 'u1',
  month,
  content: '【竞品动态】\nB 品牌降价 10%',
  submittedAt: `${month}-28T10:00:00.000Z`,
  penalty: null,
  gradedBy: null,
  gradedAt: null,
  version: 1,
  ...over,
});

describe('the rep’s list of market surveys', () => {
  it('tells a survey waiting for its grade from a graded one, a grade of 0 included', () => {
    expect(surveyGrade(survey('a', '2026-10'))).toEqual({ state: 'pending' });
    expect(surveyGrade(survey('a', '2026-10', { penalty: 0, gradedAt: '2026-11-03T02:00:00.000Z' }))).toEqual({
      state: 'graded',
      penalty: 0,
      at: '2026-11-03T02:00:00.000Z',
    });
    expect(surveyGrade(survey('a', '2026-10', { penalty: 2.5 }))).toMatchObject({ state: 'graded', penalty: 2.5 });
  });

  it('appends the next page, each survey once', () => {
    const shown = [survey('a', '2026-11'), survey('b', '2026-10')];
    const next = [survey('b', '2026-10', { penalty: 1 }), survey('c', '2026-09')];
    expect(appendSurveys(shown, next).map((s) => [s.id, s.penalty])).toEqual([
      ['a', null],
      ['b', 1],
      ['c', null],
    ]);
  });

  it('finds the survey already sent for the month picked (one per month)', () => {
    const list = [survey('a', '2026-11'), survey('b', '2026-10')];
    expect(surveyFor(list, '2026-10')?.id).toBe('b');
    expect(surveyFor(list, '2026-09')).toBeNull();
  });

  it('shows a month as people say it, in both languages', () => {
    setLocale('zh-CN');
    expect(formatMonth('2026-11')).toBe('2026年11月');
    setLocale('en');
    expect(formatMonth('2026-11')).toBe('Nov 2026');
    expect(formatMonth('')).toBe('—');
    setLocale('zh-CN');
  });

  describe('read through the work store', () => {
    beforeEach(() => setActivePinia(createPinia()));

    it('asks for the caller’s own surveys, and the next page by its cursor', async () => {
      const net = fakeApi({
        'GET /market-surveys': (req) =>
          req.query.get('cursor')
            ? { body: { items: [survey('c', '2026-09')], nextCursor: null } }
            : { body: { items: [survey('a', '2026-11'), survey('b', '2026-10', { penalty: 2 })], nextCursor: 'k1' } },
      });
      const first = await work.surveys('u1');
      expect(first.items.map((s) => s.id)).toEqual(['a', 'b']);
      const second = await work.surveys('u1', first.nextCursor);
      expect(second).toEqual({ items: [survey('c', '2026-09')], nextCursor: null });
      expect(net.calls.map((c) => Object.fromEntries(c.query))).toEqual([
        { userId: 'u1', limit: '24' },
        { userId: 'u1', limit: '24', cursor: 'k1' },
      ]);
    });
  });
});
