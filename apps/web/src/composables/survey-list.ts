import type { MarketSurveyFull } from '../api/types';

/** Where a survey stands for its author: waiting for the manager, or graded with what it cost. */
export type SurveyGrade = { state: 'pending' } | { state: 'graded'; penalty: number; at: string | null };

/** The manager's grade is the points the survey costs (视填表质量扣0-5分); none yet means not graded. */
export function surveyGrade(s: Pick<MarketSurveyFull, 'penalty' | 'gradedAt'>): SurveyGrade {
  return s.penalty === null || s.penalty === undefined ? { state: 'pending' } : { state: 'graded', penalty: s.penalty, at: s.gradedAt ?? null };
}

/** "Show more": the next page after the ones on screen, each survey once (a survey graded meanwhile is the newer copy). */
export function appendSurveys(shown: readonly MarketSurveyFull[], next: readonly MarketSurveyFull[]): MarketSurveyFull[] {
  const ids = new Set(next.map((s) => s.id));
  return [...shown.filter((s) => !ids.has(s.id)), ...next];
}

/** The survey already sent for a month: the API takes one per person and month (a second is 409). */
export function surveyFor(surveys: readonly MarketSurveyFull[], month: string): MarketSurveyFull | null {
  return surveys.find((s) => s.month === month) ?? null;
}
