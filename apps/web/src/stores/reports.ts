import { defineStore } from 'pinia';
import { api } from '../api';
import type { ComplianceWeekPoint, DisplayIssueRow, PromotionEffectRow, SalesReport, VisitComplianceRow } from '../api/types';

export type SalesGroup = SalesReport['groupBy'];
export type DisplayGroup = 'store_sku' | 'store' | 'sku';

/** The team dashboards' reads (reports.read). Files for them come through `exportTable`. */
export const useReportsStore = defineStore('reports', () => {
  function compliance(week: string): Promise<{ week: string; inProgress: boolean; summary: ComplianceWeekPoint; items: VisitComplianceRow[] }> {
    return api.get('/reports/visit-compliance', { query: { week } });
  }

  /** The `count` weeks ending with `week`, oldest first, in one request. */
  function complianceWeeks(week: string, count: number): Promise<{ week: string; count: number; weeks: ComplianceWeekPoint[] }> {
    return api.get('/reports/visit-compliance/weeks', { query: { week, count } });
  }

  function sales(from: string, to: string, groupBy: SalesGroup): Promise<SalesReport> {
    return api.get('/reports/sales', { query: { from, to, groupBy } });
  }

  function displayIssues(from: string, to: string, groupBy: DisplayGroup): Promise<{ items: DisplayIssueRow[] }> {
    return api.get('/reports/display-issues', { query: { from, to, groupBy } });
  }

  function promotionEffects(from?: string, to?: string): Promise<{ items: PromotionEffectRow[] }> {
    return api.get('/reports/promotion-effects', { query: { from, to } });
  }

  return { compliance, complianceWeeks, sales, displayIssues, promotionEffects };
});
