import { setLocale } from '../i18n';
import { formatScore, scoreHeadline } from './score-headline';

const projection = {
  explanation: 'the server’s sentence',
  explanationKey: 'score.projection',
  explanationParams: {
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
};

describe('scoreHeadline: the counted total, and the projected one beside it while provisional', () => {
  afterEach(() => setLocale('zh-CN'));

  it('a provisional draft shows 已计 and 预计, one decimal each, and why, with money as ¥', () => {
    setLocale('zh-CN');
    const h = scoreHeadline({ total: 98, projectedTotal: 89, projection, status: 'draft' }, 'zh-CN');
    expect(h).toMatchObject({ counted: '98.0', projected: '89.0' });
    expect(h.why).toContain('¥84,000.00');
    expect(h.why).toContain('已计 98 分');
  });

  it('in English, the English template', () => {
    setLocale('en');
    const h = scoreHeadline({ total: 98, projectedTotal: 89, projection, status: 'draft' }, 'en');
    expect(h.why).toMatch(/^Counted 98, projected 89/);
    expect(h.why).toMatch(/¥84,000\.00/);
  });

  it('a final or settled card shows its total alone', () => {
    expect(scoreHeadline({ total: 91.5, projectedTotal: null, projection: null, status: 'draft' }, 'zh-CN')).toEqual({ counted: '91.5', projected: null, why: null });
    expect(scoreHeadline({ total: 91.5, projectedTotal: 95, projection, status: 'final' }, 'zh-CN')).toEqual({ counted: '91.5', projected: null, why: null });
  });

  it('formats a score with one decimal and the locale’s grouping', () => {
    expect(formatScore(100, 'zh-CN')).toBe('100.0');
    expect(formatScore(-3.5, 'en')).toBe('-3.5');
  });
});
