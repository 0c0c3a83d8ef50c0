import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import { formatMajor } from '../money/money.js';
import type { ScoreLineCode } from '../vocabulary/score-lines.js';
import { collectionLine } from './collection.js';
import { fromHalfPoints, toHalfPoints } from './half-points.js';

export interface ProjectTotalInput {
  baseScore: number;
  /** The scorecard's lines as counted now (`scoreMonth`'s items). */
  lines: readonly { code: ScoreLineCode; points: number }[];
  /** D: the user's working days of the month (from their start date). */
  workingDays: number;
  /** d: of those, the ones on or before today (local date). */
  elapsedWorkingDays: number;
  /** The month's last day has ended: the collection is settled. */
  monthOver: boolean;
  /** The paperwork deadline has passed: the work-log line is settled. */
  deadlinePassed: boolean;
  collection: { planMinor: number | null; carryInMinor: number; actualMinor: number; pointsPerPercent: number };
  /** Owed days before today without a log so far, and the scheme's penalty per day. */
  missingLogsSoFar: number;
  missingLogPenalty: number;
}

export interface ProjectedTotal {
  /** baseScore + the projected lines (half-point exact). */
  total: number;
  /** The collection actual at the pace so far; null when it is not projected. */
  projectedActualMinor: number | null;
  explanation: Explanation;
}

/** a × D / d rounded half away from zero to a whole fen (BigInt: exact for every safe amount). */
function scaleToMonth(actualMinor: number, workingDays: number, elapsed: number): number {
  const num = BigInt(actualMinor) * BigInt(workingDays);
  const den = BigInt(elapsed);
  const sign = num < 0n ? -1n : 1n;
  const scaled = (2n * num + sign * den) / (2n * den);
  const result = Number(scaled);
  return Number.isSafeInteger(result) ? result : Math.sign(result) * Number.MAX_SAFE_INTEGER;
}

/**
 * 预计总分: where a provisional month lands if it goes on as it has so far (docs/domain.md,
 * "Projected total"). The collection scales with the elapsed working days (actual × D / d);
 * the work-log gaps so far count; every other line stands as counted — a recorded deduction is
 * never scaled, and a market plan or the survey is judged only at its due moment.
 * @throws DomainError VALIDATION for day counts that are not whole, or d > D.
 */
export function projectTotal(input: ProjectTotalInput): ProjectedTotal {
  const { workingDays: D, elapsedWorkingDays: d } = input;
  if (!Number.isSafeInteger(D) || D < 0) throw DomainError.invalid('workingDays', 'must be a whole number ≥ 0');
  if (!Number.isSafeInteger(d) || d < 0 || d > D) throw DomainError.invalid('elapsedWorkingDays', `must be a whole number from 0 to ${D}`);
  if (!Number.isSafeInteger(input.missingLogsSoFar) || input.missingLogsSoFar < 0) {
    throw DomainError.invalid('missingLogsSoFar', 'must be a whole number ≥ 0');
  }
  const counted = (code: ScoreLineCode) => toHalfPoints(input.lines.find((l) => l.code === code)?.points ?? 0, `lines/${code}`);
  const countedHalf = toHalfPoints(input.baseScore, 'baseScore') + input.lines.reduce((s, l) => s + toHalfPoints(l.points, `lines/${l.code}`), 0);

  let collectionHalf = counted('collection');
  let projectedActualMinor: number | null = null;
  if (!input.monthOver && d > 0) {
    projectedActualMinor = scaleToMonth(input.collection.actualMinor, D, d);
    const line = collectionLine({ ...input.collection, actualMinor: projectedActualMinor });
    collectionHalf = toHalfPoints(line.points, 'collection');
  }
  const missingHalf = input.deadlinePassed
    ? counted('work_log_missing')
    : -input.missingLogsSoFar * toHalfPoints(input.missingLogPenalty, 'missingLogPenalty');

  const totalHalf = countedHalf - counted('collection') - counted('work_log_missing') + collectionHalf + missingHalf;
  const total = fromHalfPoints(totalHalf);
  const params = {
    counted: fromHalfPoints(countedHalf),
    projected: total,
    elapsed: d,
    workingDays: D,
    actual: formatMajor(input.collection.actualMinor),
    projectedActual: formatMajor(projectedActualMinor ?? input.collection.actualMinor),
    collectionPoints: fromHalfPoints(collectionHalf),
    missingSoFar: input.missingLogsSoFar,
    missingPoints: fromHalfPoints(missingHalf),
  };
  const key = input.monthOver ? 'score.projection.after_month_end' : d === 0 ? 'score.projection.no_working_day_yet' : 'score.projection';
  return { total, projectedActualMinor, explanation: explain(key, params) };
}
