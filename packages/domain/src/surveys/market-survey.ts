import { DEFAULT_SCORING, validateSurveyPenalty } from '../scoring/scoring-scheme.js';
import { refuse, type Refusal } from '../shared/actor.js';
import type { Month } from '../time/month.js';

/** 视填表质量扣0-5分: the most a market survey's grade costs (the handbook's 5, as the API takes it). */
export const SURVEY_PENALTY_MAX = DEFAULT_SCORING.surveyMaxPenalty;

/**
 * 市场调查, submitted by its author for a month that has begun (`currentMonth`, the organisation's
 * local month now): a survey of a future month is VALIDATION on `/month`. One survey per user and
 * month is the store's unique key (the API answers a second one CONFLICT).
 */
export function surveySubmission(month: Month, currentMonth: Month): { ok: true } | Refusal {
  if (month > currentMonth) return refuse('VALIDATION', 'lies in the future', { path: '/month' });
  return { ok: true };
}

/**
 * A survey's grade: the points it costs its author, 0..surveyMaxPenalty of the author's scoring
 * scheme (the handbook's 5) in half points (VALIDATION on `/penalty`),
 * given by someone else (one's own survey: FORBIDDEN) — a manager above the author, which the
 * API decides by the manager chain. Grading again replaces the grade.
 * Order of checks: the grader (FORBIDDEN), then the penalty (VALIDATION).
 */
export function surveyGrade(
  survey: { userId: string },
  graderId: string,
  penalty: number,
  /** The author's scoring scheme in force for the survey's month (`surveyMaxPenalty`); the handbook's 5 by default. */
  scheme: { surveyMaxPenalty: number } = { surveyMaxPenalty: SURVEY_PENALTY_MAX },
): { ok: true; penalty: number } | Refusal {
  if (survey.userId === graderId)
    return refuse('FORBIDDEN', 'one’s own survey is graded by a manager');
  const check = validateSurveyPenalty(penalty, scheme);
  if (!check.ok)
    return refuse('VALIDATION', check.errors[0]?.message ?? 'is not a grade', { path: '/penalty' });
  return { ok: true, penalty };
}
