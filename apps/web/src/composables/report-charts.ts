import type { EChartsCoreOption } from 'echarts/core';
import type { DisplayIssueRow, PromotionEffectRow, SalesRow, VisitComplianceRow } from '../api/types';

// The dashboards' charts as plain echarts options, built from report rows (tested without a
// canvas). Colours are the design's: primary for now, grey for before, red for what needs a look.
export const COLORS = { primary: '#0f5f57', previous: '#9aa8a4', danger: '#b42318', warn: '#c27c0e', ok: '#1d6b34' };

const truncate = (s: string, n = 12) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Share of visible active stores meeting their weekly visits (R3), per ISO week; null when a week has no stores. */
export function complianceRate(rows: readonly VisitComplianceRow[]): number | null {
  if (rows.length === 0) return null;
  const ok = rows.filter((r) => r.frequencyOk && r.spacingOk).length;
  return Math.round((ok / rows.length) * 1000) / 10;
}

export function complianceTrendOption(points: { week: string; rate: number | null }[], label: string): EChartsCoreOption {
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
    xAxis: { type: 'category', data: points.map((p) => p.week.replace(/^\d{4}-/, '')) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: label,
        type: 'line',
        data: points.map((p) => p.rate),
        smooth: false,
        symbolSize: 8,
        lineStyle: { width: 3, color: COLORS.primary },
        itemStyle: { color: COLORS.primary },
        areaStyle: { color: 'rgba(15,95,87,0.08)' },
        connectNulls: true,
      },
    ],
  };
}

/** Stores meeting / missing their visits, per rep (the store's owner), for one week. */
export function complianceByOwner(rows: readonly VisitComplianceRow[], nameOf: (id: string) => string): { name: string; ok: number; missed: number }[] {
  const byOwner = new Map<string, { ok: number; missed: number }>();
  for (const r of rows) {
    const entry = byOwner.get(r.ownerId) ?? { ok: 0, missed: 0 };
    if (r.frequencyOk && r.spacingOk) entry.ok += 1;
    else entry.missed += 1;
    byOwner.set(r.ownerId, entry);
  }
  return [...byOwner.entries()].map(([id, v]) => ({ name: nameOf(id), ...v })).sort((a, b) => b.missed - a.missed || a.name.localeCompare(b.name));
}

export function complianceByOwnerOption(data: { name: string; ok: number; missed: number }[], labels: { ok: string; missed: string }): EChartsCoreOption {
  return {
    grid: { left: 80, right: 16, top: 32, bottom: 24 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.map((d) => d.name), inverse: true },
    series: [
      { name: labels.ok, type: 'bar', stack: 'stores', barMaxWidth: 28, data: data.map((d) => d.ok), itemStyle: { color: COLORS.primary }, label: { show: true, color: '#fff', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') } },
      { name: labels.missed, type: 'bar', stack: 'stores', barMaxWidth: 28, data: data.map((d) => d.missed), itemStyle: { color: COLORS.danger }, label: { show: true, color: '#fff', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') } },
    ],
  };
}

/**
 * The top rows by order amount, now against the previous period; a row flagged as an
 * anomaly (异动) is drawn red, so the eye goes where the manager must ask why.
 */
export function salesOption(rows: readonly SalesRow[], labels: { current: string; previous: string }, top = 15): EChartsCoreOption {
  const shown = [...rows].sort((a, b) => b.orderAmount - a.orderAmount).slice(0, top);
  return {
    grid: { left: 56, right: 16, top: 32, bottom: 72 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: shown.map((r) => truncate(r.label)), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value' },
    series: [
      { name: labels.previous, type: 'bar', data: shown.map((r) => r.previousOrderAmount), itemStyle: { color: COLORS.previous } },
      {
        name: labels.current,
        type: 'bar',
        data: shown.map((r) => ({ value: r.orderAmount, itemStyle: { color: r.anomaly ? COLORS.danger : COLORS.primary } })),
      },
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
    series: [{ type: 'bar', data: ISSUE_FIELDS.map((f) => totals[f]), itemStyle: { color: COLORS.warn }, label: { show: true, position: 'right' } }],
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
    series: [{ name: label, type: 'bar', data: shown.map((r) => r.value), itemStyle: { color: COLORS.danger } }],
  };
}

export function promotionEffectOption(rows: readonly PromotionEffectRow[], labels: { before: string; during: string }): EChartsCoreOption {
  return {
    grid: { left: 56, right: 16, top: 32, bottom: 72 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: rows.map((r) => truncate(r.title, 10)), axisLabel: { rotate: 25, interval: 0 } },
    yAxis: { type: 'value' },
    series: [
      { name: labels.before, type: 'bar', data: rows.map((r) => r.unitsBefore), itemStyle: { color: COLORS.previous } },
      {
        name: labels.during,
        type: 'bar',
        data: rows.map((r) => ({ value: r.unitsInWindow, itemStyle: { color: r.extraUnits < 0 ? COLORS.danger : COLORS.primary } })),
      },
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
  const grid = { ...o.grid, left: 8, right: 16, containLabel: true };
  const categories = o.xAxis?.type === 'category' ? ((o.xAxis.data as unknown[] | undefined)?.length ?? 0) : 0;
  const bars = (o.series ?? []).every((s) => s.type === 'bar');
  if (!bars || categories <= 4) {
    const yAxis = o.yAxis?.type === 'category' ? { ...o.yAxis, axisLabel: { ...(o.yAxis.axisLabel as object), width: 120, overflow: 'truncate' } } : o.yAxis;
    return { option: { ...option, grid, yAxis }, height };
  }
  const xAxis = o.xAxis!;
  const { rotate: _rotate, interval: _interval, ...label } = (xAxis.axisLabel ?? {}) as Record<string, unknown>;
  return {
    option: {
      ...option,
      grid: { ...grid, bottom: 8 },
      xAxis: { ...o.yAxis, axisLabel: { ...(o.yAxis?.axisLabel as object), hideOverlap: true } },
      yAxis: { ...xAxis, inverse: true, axisLabel: { ...label, interval: 0, width: 120, overflow: 'truncate' } },
    },
    height: Math.max(height, categories * ROW_PX + (o.legend ? 72 : 40)),
  };
}
