import { renderExplanation } from '@fieldbeat/domain';
import type { Scorecard } from '../api/types';
import { formatMoney } from './format';

/** A score as the headline shows it: always one decimal (every score is a multiple of 0.5). */
export function formatScore(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

export interface Headline {
  /** The counted total ("已计"), or the total of a settled or final card. */
  counted: string;
  /** 预计总分 beside it while the month is provisional; null otherwise. */
  projected: string | null;
  /** How the projection was reached, in the UI language (money with ¥). */
  why: string | null;
}

/**
 * The scorecard's headline (docs/scoring-and-reports.md, "Projected total"): the counted total,
 * and beside it the projected one while the card is a provisional draft — so the number at the
 * top never suggests that a month in progress is already that good or that bad.
 */
export function scoreHeadline(card: Pick<Scorecard, 'total' | 'projectedTotal' | 'projection' | 'status'>, locale: string): Headline {
  const lang = locale.startsWith('zh') ? 'zh-CN' : 'en';
  const projected = card.status === 'draft' && card.projectedTotal !== null && card.projectedTotal !== undefined ? card.projectedTotal : null;
  const p = projected === null ? null : card.projection;
  const why = p ? (p.explanationKey ? renderExplanation({ key: p.explanationKey, params: p.explanationParams }, lang, { money: formatMoney }) : p.explanation) : null;
  return { counted: formatScore(card.total, locale), projected: projected === null ? null : formatScore(projected, locale), why };
}
