import type { VisitComplianceRow } from '../api/types';

export type Tone = 'ok' | 'warn' | 'danger';

export interface ComplianceRowView {
  frequency: { tone: Tone; label: 'ok' | 'short' | 'shortSoFar' };
  /** Only key stores have a spacing verdict. */
  spacing: { tone: Tone; label: 'ok' | 'adjacent' } | null;
  /** The row is highlighted as a problem. */
  bad: boolean;
}

/**
 * How one store's row of the weekly visit report reads. While the week runs, a store short of
 * its visits is "not yet" (amber), not a verdict: the rep still has days left. Visits on
 * adjacent days have already happened, so that verdict stands in a running week too.
 */
export function complianceRowView(row: Pick<VisitComplianceRow, 'tier' | 'frequencyOk' | 'spacingOk'>, inProgress: boolean): ComplianceRowView {
  const frequency: ComplianceRowView['frequency'] = row.frequencyOk
    ? { tone: 'ok', label: 'ok' }
    : inProgress
      ? { tone: 'warn', label: 'shortSoFar' }
      : { tone: 'danger', label: 'short' };
  const spacing: ComplianceRowView['spacing'] =
    row.tier === 'key' ? (row.spacingOk ? { tone: 'ok', label: 'ok' } : { tone: 'danger', label: 'adjacent' }) : null;
  return { frequency, spacing, bad: frequency.tone === 'danger' || spacing?.tone === 'danger' };
}
