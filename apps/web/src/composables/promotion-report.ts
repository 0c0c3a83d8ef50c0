import { isMoney, MAX_AMOUNT_MAJOR } from '@fieldbeat/domain';
import type { Promotion } from '../api/types';
import { parseMoney, parseQty } from './visit-form';

/**
 * The applicant's actuals report (促销活动总结: 实际物料/人员/费用/效果, 发现的问题, 改进方案),
 * `POST /promotions/{id}/report`, which moves an approved promotion to `completed`.
 */

/** The body of POST /promotions/{id}/report (the HTTP contract). */
export interface PromotionReportInput {
  actualMaterials: { name: string; qty: number }[];
  actualStaff: number;
  actualCost: number;
  actualEffect: string;
  issues: string;
  improvementPlan: string;
}

/** The form as typed: numbers stay the strings typed until sent. */
export interface ReportDraft {
  actualMaterials: { name: string; qty: string }[];
  actualStaff: string;
  actualCost: string;
  actualEffect: string;
  issues: string;
  improvementPlan: string;
}

export type ReportErrorCode = 'required' | 'nonNegativeInt' | 'money' | 'tooLong' | 'tooMany';

// The API's limits (the API's services/promotions/schemas.ts), checked before sending.
const MAX_TEXT = 4000;
const MAX_MATERIALS = 100;
const MAX_STAFF = 100_000;
const MAX_QTY = 10_000_000;
const MAX_COST = MAX_AMOUNT_MAJOR;

/** Only the applicant reports, and only an approved promotion (RULES R5, the domain's `report` transition). */
export function canReport(p: Pick<Promotion, 'status' | 'applicantId'>, userId: string | undefined): boolean {
  return p.status === 'approved' && !!userId && p.applicantId === userId;
}

/** Where the promotion stands on `today` (YYYY-MM-DD): before it starts, running, or over. */
export function promotionPhase(p: Pick<Promotion, 'startDate' | 'endDate'>, today: string): 'before' | 'running' | 'ended' {
  if (today < p.startDate) return 'before';
  return today > p.endDate ? 'ended' : 'running';
}

/** The plan is the starting point: the planned materials and staff, to be corrected where they differ. */
export function reportDraftFor(p: Pick<Promotion, 'materials' | 'staffCount'>): ReportDraft {
  return {
    actualMaterials: p.materials.length > 0 ? p.materials.map((m) => ({ name: m.name, qty: String(m.qty) })) : [{ name: '', qty: '' }],
    actualStaff: String(p.staffCount),
    actualCost: '',
    actualEffect: '',
    issues: '',
    improvementPlan: '',
  };
}

/** A material row left entirely blank is no material. */
const usedMaterials = (d: ReportDraft) => d.actualMaterials.map((m, i) => ({ ...m, i })).filter((m) => m.name.trim() || m.qty.trim());

export function buildReportBody(d: ReportDraft): PromotionReportInput {
  return {
    actualMaterials: usedMaterials(d).map((m) => ({ name: m.name.trim(), qty: parseQty(m.qty) ?? Number.NaN })),
    actualStaff: parseQty(d.actualStaff) ?? Number.NaN,
    actualCost: parseMoney(d.actualCost) ?? Number.NaN,
    actualEffect: d.actualEffect.trim(),
    issues: d.issues.trim(),
    improvementPlan: d.improvementPlan.trim(),
  };
}

/**
 * What is wrong with the report before it is sent, keyed by the dotted paths the server's field
 * errors use (`actualMaterials.1.qty`), so both land next to the same inputs.
 */
export function reportErrors(d: ReportDraft): Record<string, ReportErrorCode> {
  const errors: Record<string, ReportErrorCode> = {};
  const materials = usedMaterials(d);
  if (materials.length > MAX_MATERIALS) errors.actualMaterials = 'tooMany';
  for (const m of materials) {
    if (!m.name.trim()) errors[`actualMaterials.${m.i}.name`] = 'required';
    else if (m.name.trim().length > 200) errors[`actualMaterials.${m.i}.name`] = 'tooLong';
    const qty = parseQty(m.qty);
    if (qty === null) errors[`actualMaterials.${m.i}.qty`] = 'required';
    else if (Number.isNaN(qty) || qty > MAX_QTY) errors[`actualMaterials.${m.i}.qty`] = 'nonNegativeInt';
  }
  const staff = parseQty(d.actualStaff);
  if (staff === null) errors.actualStaff = 'required';
  else if (Number.isNaN(staff) || staff > MAX_STAFF) errors.actualStaff = 'nonNegativeInt';
  const cost = parseMoney(d.actualCost);
  if (cost === null) errors.actualCost = 'required';
  else if (!isMoney(cost) || cost > MAX_COST) errors.actualCost = 'money';
  if (!d.actualEffect.trim()) errors.actualEffect = 'required';
  for (const key of ['actualEffect', 'issues', 'improvementPlan'] as const) {
    if (d[key].trim().length > MAX_TEXT) errors[key] = 'tooLong';
  }
  return errors;
}

/**
 * The i18n key (and parameters) of the field a path names, so a message can say which field is
 * wrong: "实际费用：…", "物料 2 数量：…".
 */
export function reportFieldLabel(path: string): { key: string; params: Record<string, number> } | null {
  const m = /^actualMaterials\.(\d+)\.(name|qty)$/.exec(path);
  if (m) return { key: m[2] === 'name' ? 'promotions.report.materialName' : 'promotions.report.materialQty', params: { n: Number(m[1]) + 1 } };
  const keys: Record<string, string> = {
    actualMaterials: 'promotions.report.actualMaterials',
    actualStaff: 'promotions.actualStaff',
    actualCost: 'promotions.actualCost',
    actualEffect: 'promotions.actualEffect',
    issues: 'promotions.issuesFound',
    improvementPlan: 'promotions.improvementPlan',
  };
  return keys[path] ? { key: keys[path], params: {} } : null;
}

/** The money of a promotion's effect as the API sends it (GET /promotions/{id}/effect). */
export interface EffectMoneyInput {
  cost?: number | null;
  costBasis?: 'actual' | 'estimated';
  estimatedCost?: number;
  actualCost?: number | null;
}

/**
 * Estimate and actuals kept apart: `cost` is the estimate until the applicant reports
 * (`costBasis: 'estimated'`), so it is never shown as the actual cost. `reported` is false
 * while no actual cost exists; the cost per extra unit is then computed from the estimate.
 */
export function effectMoney(e: EffectMoneyInput): { estimated: number | null; actual: number | null; reported: boolean } {
  const estimated = e.estimatedCost ?? (e.costBasis === 'estimated' ? (e.cost ?? null) : null);
  const actual = e.actualCost ?? (e.costBasis === 'actual' ? (e.cost ?? null) : null);
  return { estimated, actual, reported: actual !== null };
}
