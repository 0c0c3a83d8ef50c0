import fc from 'fast-check';
import { renderExplanation } from '../explanations/render-explanation.js';
import { isoWeekDates } from '../time/iso-week.js';
import { visitFrequency } from './visit-frequency.js';

const [mon, tue, wed, thu, fri, , sun] = isoWeekDates('2026-W48') as [string, string, string, string, string, string, string];
const key = (visitDates: string[]) => visitFrequency({ tier: 'key', visitDates, keyRequired: 3, normalRequired: 1 });
const normal = (visitDates: string[]) => visitFrequency({ tier: 'normal', visitDates, keyRequired: 3, normalRequired: 1 });

describe('visitFrequency (R3, 拜访频率)', () => {
  test('key store Mon/Wed/Fri: both ok', () => {
    expect(key([mon, wed, fri])).toMatchObject({ visitDays: 3, required: 3, frequencyOk: true, spacingOk: true });
  });

  test('key store Mon/Tue/Thu: frequency ok, spacing not ok', () => {
    expect(key([mon, tue, thu])).toMatchObject({ visitDays: 3, frequencyOk: true, spacingOk: false, adjacentDays: [[mon, tue]] });
  });

  test('key store Mon/Thu: frequency not ok', () => {
    expect(key([mon, thu])).toMatchObject({ visitDays: 2, frequencyOk: false, spacingOk: true });
  });

  test('several visits on one day count once', () => {
    expect(key([mon, mon, wed, wed])).toMatchObject({ visitDays: 2, frequencyOk: false, spacingOk: true });
  });

  test('normal store: one visit day is enough, spacing does not apply', () => {
    expect(normal([thu])).toMatchObject({ visitDays: 1, required: 1, frequencyOk: true, spacingOk: true });
    expect(normal([])).toMatchObject({ visitDays: 0, frequencyOk: false, spacingOk: true });
    expect(normal([thu, fri])).toMatchObject({ spacingOk: true });
  });

  test('the required numbers are settings', () => {
    expect(visitFrequency({ tier: 'key', visitDates: [mon, wed], keyRequired: 2, normalRequired: 1 }).frequencyOk).toBe(true);
    expect(visitFrequency({ tier: 'normal', visitDates: [mon], keyRequired: 3, normalRequired: 2 }).frequencyOk).toBe(false);
  });

  test('explanations name the adjacent days', () => {
    expect(renderExplanation(key([mon, tue, thu, sun]).explanation, 'en')).toContain('2026-11-23/2026-11-24');
    expect(renderExplanation(key([wed, thu]).explanation, 'zh-CN')).toContain('少于要求的 3 次');
  });

  test('property: spacing is ok iff no two distinct visit days are consecutive; normal stores always ok', () => {
    const week = isoWeekDates('2026-W53'); // spans the year end
    fc.assert(
      fc.property(fc.subarray(week), fc.boolean(), (days, isKey) => {
        const r = visitFrequency({ tier: isKey ? 'key' : 'normal', visitDates: [...days, ...days], keyRequired: 3, normalRequired: 1 });
        expect(r.visitDays).toBe(days.length);
        const indices = days.map((d) => week.indexOf(d));
        const adjacent = indices.some((i) => indices.includes(i + 1));
        expect(r.spacingOk).toBe(isKey ? !adjacent : true);
      }),
    );
  });
});
