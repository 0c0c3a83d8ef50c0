import { DEFAULT_SCORING, isDate, isMoney, validateDisciplinePoints, type ScoringScheme } from '@fieldbeat/domain';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** Money typed in a box: a number with at most 2 decimals, ≥ 0 (the API's rule); else null. */
export function parseMoney(text: string): number | null {
  const v = text.trim().replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return null;
  const n = Number(v);
  return isMoney(n) && n >= 0 ? n : null;
}

export interface CollectionDraft {
  userId: string;
  date: string;
  amount: string;
  reference: string;
}

export function collectionErrors(d: CollectionDraft, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.userId) e.userId = t('errors.required');
  if (!isDate(d.date)) e.date = t('fieldErrors.date');
  if (parseMoney(d.amount) === null) e.amount = t('errors.money');
  return e;
}

export interface MarketPlanDraft {
  userId: string;
  level: 'first' | 'second';
  name: string;
  storeId: string;
}

export function marketPlanErrors(d: MarketPlanDraft, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.userId) e.userId = t('errors.required');
  if (!d.name.trim()) e.name = t('errors.required');
  return e;
}

export interface ComplaintDraft {
  userId: string;
  date: string;
  storeId: string;
  description: string;
}

export function complaintErrors(d: ComplaintDraft, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.userId) e.userId = t('errors.required');
  if (!isDate(d.date)) e.date = t('fieldErrors.date');
  if (!d.description.trim()) e.description = t('errors.required');
  return e;
}

export interface DisciplineDraft {
  userId: string;
  date: string;
  description: string;
  points: string;
}

/** Points must lie in the person's role range (酌情扣2-5分), in half points: the domain's own check. */
export function disciplineErrors(d: DisciplineDraft, scheme: Pick<ScoringScheme, 'disciplineMin' | 'disciplineMax'> = DEFAULT_SCORING, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.userId) e.userId = t('errors.required');
  if (!isDate(d.date)) e.date = t('fieldErrors.date');
  if (!d.description.trim()) e.description = t('errors.required');
  const points = d.points.trim() === '' ? NaN : Number(d.points);
  if (!validateDisciplinePoints(points, scheme).ok) e.points = t('fieldErrors.halfPoints', { min: scheme.disciplineMin, max: scheme.disciplineMax });
  return e;
}
