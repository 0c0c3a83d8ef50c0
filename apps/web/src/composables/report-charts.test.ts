import type { SalesRow, VisitComplianceRow } from '../api/types';
import { COLORS, complianceByOwner, complianceRate, complianceTrendOption, issueTotals, narrowChart, salesOption } from './report-charts';

const row = (ownerId: string, frequencyOk: boolean, spacingOk = true): VisitComplianceRow => ({
  storeId: `${ownerId}-${Math.random()}`,
  code: 'S',
  name: 'S',
  ownerId,
  tier: 'key',
  visitDays: 3,
  required: 3,
  frequencyOk,
  spacingOk,
  days: [],
  text: '',
});

describe('dashboard charts', () => {
  it('rates compliance as stores meeting frequency and spacing (R3), one decimal', () => {
    expect(complianceRate([row('a', true), row('a', true, false), row('b', false)])).toBe(33.3);
    expect(complianceRate([])).toBeNull();
  });

  it('counts met and missed stores per rep, the most missed first', () => {
    const data = complianceByOwner([row('a', true), row('b', false), row('b', false), row('a', false)], (id) => id.toUpperCase());
    expect(data).toEqual([
      { name: 'B', ok: 0, missed: 2 },
      { name: 'A', ok: 1, missed: 1 },
    ]);
  });

  it('draws anomalies (异动) in red and the rest in the primary colour, top rows by amount', () => {
    const s = (label: string, orderAmount: number, anomaly: boolean): SalesRow => ({
      key: label, code: label, label, orderQty: 1, orderAmount, soldQty: 1, previousOrderQty: 1, previousOrderAmount: 1, previousSoldQty: 1, changePct: 0, anomaly, explanation: '',
    });
    const option = salesOption([s('a', 10, false), s('b', 30, true), s('c', 20, false)], { current: 'now', previous: 'before' }, 2) as {
      xAxis: { data: string[] };
      series: { data: unknown[] }[];
    };
    expect(option.xAxis.data).toEqual(['b', 'c']);
    expect(option.series[1]!.data).toEqual([
      { value: 30, itemStyle: { color: COLORS.danger } },
      { value: 20, itemStyle: { color: COLORS.primary } },
    ]);
  });

  it('totals display issues by type', () => {
    const r = { storeId: null, storeCode: null, storeName: null, productId: null, sku: null, productName: null, linesChecked: 5, linesWithIssues: 3, facingsBelowMinimum: 2, priceTagMissing: 1, priceMismatch: 0, promoTagExpired: 1, lastIssueDate: null };
    expect(issueTotals([r, r])).toEqual({ facingsBelowMinimum: 4, priceTagMissing: 2, priceMismatch: 0, promoTagExpired: 2 });
  });

  it('turns a bar chart with many categories on its side for a phone, growing a row per category', () => {
    const s = (label: string, orderAmount: number): SalesRow => ({
      key: label, code: label, label, orderQty: 1, orderAmount, soldQty: 1, previousOrderQty: 1, previousOrderAmount: 1, previousSoldQty: 1, changePct: 0, anomaly: false, explanation: '',
    });
    const wide = salesOption('abcdefghij'.split('').map((l, i) => s(l, 100 - i)), { current: 'now', previous: 'before' });
    const { option, height } = narrowChart(wide, 340) as { option: { xAxis: { type: string }; yAxis: { type: string; data: string[]; inverse: boolean; axisLabel: { rotate?: number } } }; height: number };
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.data).toHaveLength(10);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.axisLabel.rotate).toBeUndefined();
    expect(option.xAxis.type).toBe('value');
    expect(height).toBeGreaterThan(340);

    // A line chart (or a bar chart with few categories) keeps its shape and height.
    const trend = complianceTrendOption([{ week: '2026-W01', rate: 50 }, { week: '2026-W02', rate: 60 }, { week: '2026-W03', rate: 70 }, { week: '2026-W04', rate: 80 }, { week: '2026-W05', rate: null }], 'rate');
    const kept = narrowChart(trend, 260) as { option: { xAxis: { type: string }; grid: { containLabel: boolean } }; height: number };
    expect(kept.option.xAxis.type).toBe('category');
    expect(kept.option.grid.containLabel).toBe(true);
    expect(kept.height).toBe(260);
  });
});
