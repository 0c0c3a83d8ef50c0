import { setLocale } from '../i18n';
import { scoreInputs } from './score-inputs';

describe('scoreInputs', () => {
  afterEach(() => setLocale('zh-CN'));

  it('shows the collection line’s money with ¥ and thousands separators, other facts as they are', () => {
    setLocale('zh-CN');
    const rows = Object.fromEntries(
      scoreInputs({ plan: 100000, carryIn: 0, effectivePlan: 100000, collected: 80000, refunded: 3000, actual: 77000, ratePercent: '96.25', countedPercent: -3 }).map((r) => [r.key, r.value]),
    );
    expect(rows).toEqual({
      plan: '¥100,000.00',
      carryIn: '¥0.00',
      effectivePlan: '¥100,000.00',
      collected: '¥80,000.00',
      refunded: '¥3,000.00',
      actual: '¥77,000.00',
      ratePercent: '96.25',
      countedPercent: '-3',
    });
  });

  it('keeps a missing plan as a dash and lists dates', () => {
    expect(scoreInputs({ plan: null, missingDates: ['2026-11-26', '2026-11-27'] })).toEqual([
      { key: 'plan', value: '—' },
      { key: 'missingDates', value: '2026-11-26、2026-11-27' },
    ]);
  });
});
