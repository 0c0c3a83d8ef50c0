import type { EChartsCoreOption } from 'echarts/core';
import type { ComplianceWeekPoint, DisplayIssueRow, PromotionEffectRow, SalesRow, VisitComplianceRow } from '../api/types';
import { IN_PROGRESS_DECAL, seriesColor, type PaletteColor } from './chart-palette';
import { complianceRowView } from './compliance-row';

// The dashboards' charts as plain echarts options, built from report rows (tested without a
// canvas). Colours come from the one palette (chart-palette.ts), set on each series so that the
// legend shows the colour of its bars.

const truncate = (s: string, n = 12) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The weekly compliance series as bars: finished weeks in the primary colour, the week still
 * running lighter and hatched with its own legend entry (本周进行中) and label, so a Thursday's
 * share is read as progress, not as a verdict; a week without data (rate null) is a gap.
 */
export function complianceTrendOption(points: readonly ComplianceWeekPoint[], labels: { rate: string; inProgress: string; noData: string }): EChartsCoreOption {
  const value = (p: ComplianceWeekPoint, inProgress: boolean) => (p.inProgress === inProgress ? p.ratePct : null);
  const percent = (v: unknown) => (v === null || v === undefined ? labels.noData : `${String(v)}%`);
  return {
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
    xAxis: { type: 'category', data: points.map((p) => p.week.replace(/^\d{4}-/, '')) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: labels.rate, type: 'bar', stack: 'rate', barMaxWidth: 36, data: points.map((p) => value(p, false)), ...seriesColor('primary') },
      {
        name: labels.inProgress,
        type: 'bar',
        stack: 'rate',
        barMaxWidth: 36,
        data: points.map((p) => value(p, true)),
        ...seriesColor('progress', { decal: IN_PROGRESS_DECAL }),
        label: { show: true, position: 'top', color: '#45524f', formatter: () => labels.inProgress },
      },
    ],
  };
}

/** Stores meeting / missing their visits, per rep (the store's owner), for one week. */
/**
 * Stores per rep: met, not yet (a running week's shortfall so far, amber: the rep has days left)
 * and missed (a verdict: a finished week's shortfall, or visits on adjacent days), the most
 * missed first. The same reading as the table's rows (`complianceRowView`).
 */
export function complianceByOwner(
  rows: readonly VisitComplianceRow[],
  nameOf: (id: string) => string,
  inProgress = false,
): { name: string; ok: number; notYet: number; missed: number }[] {
  const byOwner = new Map<string, { ok: number; notYet: number; missed: number }>();
  for (const r of rows) {
    const entry = byOwner.get(r.ownerId) ?? { ok: 0, notYet: 0, missed: 0 };
    const view = complianceRowView(r, inProgress);
    if (view.bad) entry.missed += 1;
    else if (view.frequency.tone === 'warn') entry.notYet += 1;
    else entry.ok += 1;
    byOwner.set(r.ownerId, entry);
  }
  return [...byOwner.entries()]
    .map(([id, v]) => ({ name: nameOf(id), ...v }))
    .sort((a, b) => b.missed - a.missed || b.notYet - a.notYet || a.name.localeCompare(b.name));
}

export function complianceByOwnerOption(
  data: { name: string; ok: number; notYet?: number; missed: number }[],
  labels: { ok: string; missed: string; notYet?: string },
): EChartsCoreOption {
  const label = { show: true, color: '#fff', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') };
  const bar = (name: string, values: number[], color: PaletteColor) => ({ name, type: 'bar', stack: 'stores', barMaxWidth: 28, data: values, ...seriesColor(color), label });
  const notYet = data.some((d) => (d.notYet ?? 0) > 0) && labels.notYet;
  return {
    grid: { left: 80, right: 16, top: 32, bottom: 24 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.map((d) => d.name), inverse: true },
    series: [
      bar(labels.ok, data.map((d) => d.ok), 'primary'),
      ...(notYet ? [bar(notYet, data.map((d) => d.notYet ?? 0), 'warn')] : []),
      bar(labels.missed, data.map((d) => d.missed), 'danger'),
    ],
  };
}

/**
 * The top rows by order amount, now against the comparable period; a row flagged as an
 * anomaly (异动) is drawn red — its own series, so the legend names the red — and the eye goes
 * where the manager must ask why.
 */
export function salesOption(rows: readonly SalesRow[], labels: { current: string; previous: string; anomaly: string }, top = 15): EChartsCoreOption {
  const shown = [...rows].sort((a, b) => b.orderAmount - a.orderAmount).slice(0, top);
  return {
    grid: { left: 56, right: 16, top: 32, bottom: 72 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: shown.map((r) => truncate(r.label)), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value' },
    series: [
      { name: labels.previous, type: 'bar', data: shown.map((r) => r.previousOrderAmount), ...seriesColor('previous') },
      // One bar per row in the 'current' stack: the row's amount in the series of its colour.
      { name: labels.current, type: 'bar', stack: 'current', data: shown.map((r) => (r.anomaly ? null : r.orderAmount)), ...seriesColor('primary') },
      { name: labels.anomaly, type: 'bar', stack: 'current', data: shown.map((r) => (r.anomaly ? r.orderAmount : null)), ...seriesColor('danger') },
    ],
  };
}

export const ISSUE_FIELDS = ['facingsBelowMinimum', 'priceTagMissing', 'priceMismatch', 'promoTagExpired'] as const;
export type IssueField = (typeof ISSUE_FIELDS)[number];

export function issueTotals(rows: readonly DisplayIssueRow[]): Record<IssueField, number> {
  const totals = { facingsBelowMinimum: 0, priceTagMissing: 0, priceMismatch: 0, promoTagExpired: 0 };
  for (const r of rows) for (const f of ISSUE_FIELDS) totals[f] += r[f];
  return totals;
}

export function issueTotalsOption(totals: Record<IssueField, number>, labelOf: (f: IssueField) => string): EChartsCoreOption {
  return {
    grid: { left: 120, right: 24, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ISSUE_FIELDS.map(labelOf), inverse: true },
    series: [{ type: 'bar', data: ISSUE_FIELDS.map((f) => totals[f]), ...seriesColor('warn'), label: { show: true, position: 'right' } }],
  };
}

/** The stores (or SKUs) with the most lines found wrong. */
export function worstOption(rows: readonly { label: string; value: number }[], label: string, top = 10): EChartsCoreOption {
  const shown = [...rows].sort((a, b) => b.value - a.value).slice(0, top);
  return {
    grid: { left: 160, right: 24, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => truncate(r.label, 14)), inverse: true },
    series: [{ name: label, type: 'bar', data: shown.map((r) => r.value), ...seriesColor('danger') }],
  };
}

/** Units before and during each promotion; a promotion that lost units is its own (red) series. */
export function promotionEffectOption(rows: readonly PromotionEffectRow[], labels: { before: string; during: string; fewer: string }): EChartsCoreOption {
  return {
    grid: { left: 56, right: 16, top: 32, bottom: 72 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: rows.map((r) => truncate(r.title, 10)), axisLabel: { rotate: 25, interval: 0 } },
    yAxis: { type: 'value' },
    series: [
      { name: labels.before, type: 'bar', data: rows.map((r) => r.unitsBefore), ...seriesColor('previous') },
      { name: labels.during, type: 'bar', stack: 'during', data: rows.map((r) => (r.extraUnits < 0 ? null : r.unitsInWindow)), ...seriesColor('primary') },
      { name: labels.fewer, type: 'bar', stack: 'during', data: rows.map((r) => (r.extraUnits < 0 ? r.unitsInWindow : null)), ...seriesColor('danger') },
    ],
  };
}

/** Below this width (px) a chart is drawn for a phone. */
export const NARROW_CHART = 520;
const ROW_PX = 34;

/**
 * The same chart for a phone-wide box: a bar chart with more than a handful of categories
 * along x (rotated labels that collide at 390 px) is turned on its side — categories down the
 * y axis, read horizontally, and the chart grows a row per category instead of squeezing. Every
 * other chart keeps its shape; axis labels are fitted into the grid either way.
 * Returns the option and the height it needs (never less than the one asked for).
 */
export function narrowChart(option: EChartsCoreOption, height: number): { option: EChartsCoreOption; height: number } {
  const o = option as { xAxis?: Record<string, unknown>; yAxis?: Record<string, unknown>; series?: { type?: string }[]; grid?: Record<string, unknown>; legend?: unknown };
  // Three legend entries wrap onto a second line at phone width: leave room for it above the grid.
  const legendRows = o.legend && (o.series ?? []).length > 2 ? 2 : 1;
  const grid = { ...o.grid, left: 8, right: 16, containLabel: true, ...(legendRows > 1 ? { top: 56 } : {}) };
  const categories = o.xAxis?.type === 'category' ? ((o.xAxis.data as unknown[] | undefined)?.length ?? 0) : 0;
  const bars = (o.series ?? []).every((s) => s.type === 'bar');
  if (!bars || categories <= 4) {
    const yAxis = o.yAxis?.type === 'category' ? { ...o.yAxis, axisLabel: { ...(o.yAxis.axisLabel as object), width: 120, overflow: 'truncate' } } : o.yAxis;
    return { option: { ...option, grid, yAxis }, height };
  }
  const xAxis = o.xAxis!;
  const { rotate: _rotate, interval: _interval, ...label } = (xAxis.axisLabel ?? {}) as Record<string, unknown>;
  // A label on top of a bar goes to its end once the bar lies on its side.
  const series = (o.series ?? []).map((s) => {
    const l = (s as { label?: { position?: string } }).label;
    return l?.position === 'top' ? { ...s, label: { ...l, position: 'right' } } : s;
  });
  return {
    option: {
      ...option,
      series,
      grid: { ...grid, bottom: 8 },
      xAxis: { ...o.yAxis, axisLabel: { ...(o.yAxis?.axisLabel as object), hideOverlap: true } },
      yAxis: { ...xAxis, inverse: true, axisLabel: { ...label, interval: 0, width: 120, overflow: 'truncate' } },
    },
    height: Math.max(height, categories * ROW_PX + (o.legend ? 72 : 40)),
  };
}
