import type { ComplianceWeekPoint, PromotionEffectRow, SalesRow, VisitComplianceRow } from '../api/types';
import { PALETTE } from './chart-palette';
import {
  complianceByOwner,
  complianceByOwnerOption,
  complianceTrendOption,
  issueTotals,
  issueTotalsOption,
  narrowChart,
  promotionEffectOption,
  salesOption,
  worstOption,
} from './report-charts';

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
  explanation: '',
  explanationKey: 'visit_frequency.key_ok',
  explanationParams: {},
});

const sale = (label: string, orderAmount: number, anomaly = false): SalesRow => ({
  key: label, code: label, label, orderQty: 1, orderAmount, soldQty: 1, previousOrderQty: 1, previousOrderAmount: 1, previousSoldQty: 1, changePct: 0, anomaly,
  anomalyBranch: anomaly ? 'beyond_threshold' : 'within_threshold', explanation: '', explanationKey: 'sales_anomaly.within_threshold', explanationParams: {},
});

const point = (week: string, ratePct: number | null, inProgress = false): ComplianceWeekPoint => ({
  week, from: '', to: '', stores: 7, met: 3, visitDays: 6, ratePct, inProgress, status: inProgress ? 'in_progress' : ratePct === null ? 'no_visits' : 'complete',
  explanation: '', explanationKey: 'compliance_week.complete', explanationParams: {},
});

const effect = (title: string, unitsBefore: number, unitsInWindow: number) =>
  ({ title, unitsBefore, unitsInWindow, extraUnits: unitsInWindow - unitsBefore }) as PromotionEffectRow;

type Series = { name?: string; color?: string; itemStyle?: { color?: string; decal?: unknown }; data: unknown[]; stack?: string };
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;

describe('dashboard charts', () => {
  it('every chart colours each series as a whole, from the one palette, so its legend shows the colour of its bars', () => {
    const palette = new Set<string>(Object.values(PALETTE));
    const options = [
      salesOption([sale('a', 10), sale('b', 30, true)], { current: 'now', previous: 'before', anomaly: '异动' }),
      complianceTrendOption([point('2026-W48', 50), point('2026-W49', 42.9, true)], { rate: 'rate', inProgress: '本周进行中', noData: '无数据' }),
      complianceByOwnerOption([{ name: 'A', ok: 1, missed: 2 }], { ok: 'ok', missed: 'missed' }),
      promotionEffectOption([effect('p', 10, 20), effect('q', 20, 5)], { before: 'before', during: 'during', fewer: 'fewer' }),
      issueTotalsOption({ facingsBelowMinimum: 1, priceTagMissing: 0, priceMismatch: 0, promoTagExpired: 0 }, (f) => f),
      worstOption([{ label: 'S', value: 2 }], 'worst'),
    ];
    for (const option of options) {
      for (const s of seriesOf(option)) {
        // The legend takes the series' `color`; the bars the series' itemStyle — the same one.
        expect(palette.has(s.color!)).toBe(true);
        expect(s.itemStyle?.color).toBe(s.color);
        // No bar overrides its series' colour (that is what made the legend lie).
        for (const d of s.data) expect(d === null || typeof d === 'number').toBe(true);
      }
    }
  });

  it('counts met and missed stores per rep, the most missed first', () => {
    const data = complianceByOwner([row('a', true), row('b', false), row('b', false), row('a', false)], (id) => id.toUpperCase());
    expect(data).toEqual([
      { name: 'B', ok: 0, notYet: 0, missed: 2 },
      { name: 'A', ok: 1, notYet: 0, missed: 1 },
    ]);
  });

  it('in a running week a rep’s shortfalls so far are "not yet" in amber, not missed', () => {
    const data = complianceByOwner([row('a', true), row('b', false), row('b', false), row('a', false)], (id) => id.toUpperCase(), true);
    expect(data).toEqual([
      { name: 'B', ok: 0, notYet: 2, missed: 0 },
      { name: 'A', ok: 1, notYet: 1, missed: 0 },
    ]);
    const series = seriesOf(complianceByOwnerOption(data, { ok: 'met', notYet: 'not yet', missed: 'missed' }));
    expect(series.map((s) => [s.name, s.color])).toEqual([
      ['met', PALETTE.primary],
      ['not yet', PALETTE.warn],
      ['missed', PALETTE.danger],
    ]);
  });

  it('draws anomalies (异动) in their own red series with its own legend entry, the rest in the primary colour, top rows by amount', () => {
    const option = salesOption([sale('a', 10), sale('b', 30, true), sale('c', 20)], { current: 'now', previous: 'before', anomaly: '异动' }, 2);
    expect((option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['b', 'c']);
    const [before, now, anomaly] = seriesOf(option);
    expect(before).toMatchObject({ name: 'before', color: PALETTE.previous, data: [1, 1] });
    expect(now).toMatchObject({ name: 'now', color: PALETTE.primary, stack: 'current', data: [null, 20] });
    expect(anomaly).toMatchObject({ name: '异动', color: PALETTE.danger, stack: 'current', data: [30, null] });
  });

  it('draws the week in progress hatched and labelled, not as a verdict; a week without data is a gap', () => {
    const option = complianceTrendOption([point('2026-W47', null), point('2026-W48', 50), point('2026-W49', 42.9, true)], {
      rate: 'rate',
      inProgress: '本周进行中',
      noData: '无数据',
    });
    const [done, running] = seriesOf(option) as (Series & { label: { formatter: () => string } })[];
    expect(done).toMatchObject({ color: PALETTE.primary, data: [null, 50, null] });
    expect(running).toMatchObject({ name: '本周进行中', color: PALETTE.progress, data: [null, null, 42.9] });
    expect(running!.itemStyle!.decal).toBeDefined();
    expect(running!.label.formatter()).toBe('本周进行中');
    const tooltip = (option as { tooltip: { valueFormatter: (v: unknown) => string } }).tooltip;
    expect(tooltip.valueFormatter(null)).toBe('无数据');
    expect(tooltip.valueFormatter(42.9)).toBe('42.9%');
  });

  it('draws a promotion that lost units in its own red series', () => {
    const [, during, fewer] = seriesOf(promotionEffectOption([effect('p', 10, 20), effect('q', 20, 5)], { before: 'b', during: 'd', fewer: 'f' }));
    expect(during).toMatchObject({ color: PALETTE.primary, data: [20, null] });
    expect(fewer).toMatchObject({ color: PALETTE.danger, data: [null, 5] });
  });

  it('totals display issues by type', () => {
    const r = { storeId: null, storeCode: null, storeName: null, productId: null, sku: null, productName: null, linesChecked: 5, linesWithIssues: 3, facingsBelowMinimum: 2, priceTagMissing: 1, priceMismatch: 0, promoTagExpired: 1, lastIssueDate: null };
    expect(issueTotals([r, r])).toEqual({ facingsBelowMinimum: 4, priceTagMissing: 2, priceMismatch: 0, promoTagExpired: 2 });
  });

  it('turns a bar chart with many categories on its side for a phone, growing a row per category', () => {
    const wide = salesOption('abcdefghij'.split('').map((l, i) => sale(l, 100 - i)), { current: 'now', previous: 'before', anomaly: '异动' });
    const { option, height } = narrowChart(wide, 340) as { option: { xAxis: { type: string }; yAxis: { type: string; data: string[]; inverse: boolean; axisLabel: { rotate?: number } } }; height: number };
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.data).toHaveLength(10);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.axisLabel.rotate).toBeUndefined();
    expect(option.xAxis.type).toBe('value');
    expect(height).toBeGreaterThan(340);

    // A bar chart with few categories keeps its shape and height.
    const labels = { rate: 'rate', inProgress: '本周进行中', noData: '无数据' };
    const short = complianceTrendOption([point('2026-W01', 50), point('2026-W02', 60), point('2026-W03', 70), point('2026-W04', 80, true)], labels);
    const kept = narrowChart(short, 260) as { option: { xAxis: { type: string }; grid: { containLabel: boolean } }; height: number };
    expect(kept.option.xAxis.type).toBe('category');
    expect(kept.option.grid.containLabel).toBe(true);
    expect(kept.height).toBe(260);
    // Eight weeks lie on their side; the in-progress label moves from the bar's top to its end.
    const eight = complianceTrendOption(['01', '02', '03', '04', '05', '06', '07', '08'].map((w, i) => point(`2026-W${w}`, 50, i === 7)), labels);
    const turned = narrowChart(eight, 280).option as { series: { label?: { position: string } }[] };
    expect(turned.series[1]!.label!.position).toBe('right');

    // Three legend entries (two lines on a phone) get room above the grid; two keep theirs.
    const promotions = narrowChart(promotionEffectOption([effect('p', 10, 20)], { before: 'b', during: 'd', fewer: 'f' }), 300).option as { grid: { top: number } };
    expect(promotions.grid.top).toBe(56);
    expect((kept.option as unknown as { grid: { top: number } }).grid.top).toBe(32);
  });
});
