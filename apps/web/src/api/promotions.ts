import { api } from './index';
import type { Page, Promotion, PromotionInput } from './types';
import type { PromotionReportInput } from '../composables/promotion-report';

export interface PromotionEffect {
  unitsInWindow: number;
  unitsBefore: number;
  extraUnits: number;
  upliftPct: number | null;
  cost?: number | null;
  costBasis?: 'actual' | 'estimated';
  costPerExtraUnit?: number | null;
  estimatedCost?: number;
  actualCost?: number | null;
  /** Units against the applicant's estimate, when the estimate was a number. */
  vsEstimate?: { estimatedExtraUnits: number; differenceUnits: number } | null;
  /** Once the actuals are reported: what was spent against what was estimated. */
  costVsEstimate?: { estimated: number; actual: number; difference: number } | null;
  /** Why, as the API says it: the sentence, its key and params (composables/explain). */
  explanation?: string;
  explanationKey?: string;
  explanationParams?: Record<string, string | number>;
}

/** Promotion applications (R5) from the applicant's side. */
export async function list(status?: string): Promise<Promotion[]> {
  const page = await api.get<Page<Promotion>>('/promotions', { query: { status, limit: 100 } });
  return page.items;
}

export function get(id: string): Promise<Promotion> {
  return api.get<Promotion>(`/promotions/${encodeURIComponent(id)}`);
}

/** The idempotency key makes a double tap or a retried request create one application. */
export function create(body: PromotionInput, idempotencyKey: string): Promise<Promotion> {
  return api.post<Promotion>('/promotions', body, { idempotencyKey });
}

export function act(id: string, action: 'submit' | 'withdraw', note?: string): Promise<Promotion> {
  return api.post<Promotion>(`/promotions/${encodeURIComponent(id)}/${action}`, note ? { note } : {});
}

/** The applicant's actuals: approved -> completed (409 in any other state). */
export function report(id: string, body: PromotionReportInput): Promise<Promotion> {
  return api.post<Promotion>(`/promotions/${encodeURIComponent(id)}/report`, body);
}

/** R5 effect: units ordered during the window against the same length before (approved or completed only). */
export function effect(id: string): Promise<PromotionEffect> {
  return api.get<PromotionEffect>(`/promotions/${encodeURIComponent(id)}/effect`);
}
