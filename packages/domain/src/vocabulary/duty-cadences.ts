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
