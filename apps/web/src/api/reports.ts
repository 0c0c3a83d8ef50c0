import { api } from './index';
import type { ComplianceWeekPoint, DisplayIssueRow, PromotionEffectRow, SalesReport, VisitComplianceRow } from './types';

export type SalesGroup = SalesReport['groupBy'];
export type DisplayGroup = 'store_sku' | 'store' | 'sku';

/** The team dashboards' reads (reports.read). Files for them come through `exportTable`. */
export function compliance(week: string): Promise<{ week: string; inProgress: boolean; summary: ComplianceWeekPoint; items: VisitComplianceRow[] }> {
  return api.get('/reports/visit-compliance', { query: { week } });
}

/** The `count` weeks ending with `week`, oldest first, in one request. */
export function complianceWeeks(week: string, count: number): Promise<{ week: string; count: number; weeks: ComplianceWeekPoint[] }> {
  return api.get('/reports/visit-compliance/weeks', { query: { week, count } });
}

export function sales(from: string, to: string, groupBy: SalesGroup): Promise<SalesReport> {
  return api.get('/reports/sales', { query: { from, to, groupBy } });
}

export function displayIssues(from: string, to: string, groupBy: DisplayGroup): Promise<{ items: DisplayIssueRow[] }> {
  return api.get('/reports/display-issues', { query: { from, to, groupBy } });
}

export function promotionEffects(from?: string, to?: string): Promise<{ items: PromotionEffectRow[] }> {
  return api.get('/reports/promotion-effects', { query: { from, to } });
}
