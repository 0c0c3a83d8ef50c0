/** How often a role's duty recurs as a generated checklist task. */
export const DUTY_CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type DutyCadenceKind = (typeof DUTY_CADENCES)[number];

/**
 * `weekly.weekday` is ISO (1 = Monday .. 7 = Sunday); `monthly.workingDay` is 1-based
 * (每月第2个工作日 is `{ kind: 'monthly', workingDay: 2 }`).
 */
export type DutyCadence =
  | { kind: 'daily' }
  | { kind: 'weekly'; weekday: number }
  | { kind: 'monthly'; workingDay: number };

/**
 * The record that does a duty's work, so that its checklist task closes itself (RULES R6): a
 * work log for the task's day (`work_log`, daily duties), a market survey for its month
 * (`market_survey`, monthly duties).
 */
export const DUTY_EVIDENCE = ['work_log', 'market_survey'] as const;
export type DutyEvidence = (typeof DUTY_EVIDENCE)[number];
