import { Type } from 'typebox';
import { roleTitleIn, SCORE_LINE_CODES, totalToMajor, type JsonValue, type Locale } from '@fieldbeat/domain';
import type { ScorecardRow } from '../../db/repos/scoring.js';
import { explained, ExplanationFields } from '../../lib/explanation.js';
import { IsoMonth, Nullable } from '../../lib/schemas.js';
import type { ScorecardSnapshot } from './compute.js';

export const ScoreItemView = Type.Object({
  code: Type.Enum(SCORE_LINE_CODES),
  inputs: Type.Record(Type.String(), Type.Unknown(), { description: 'the data the line used; money in major units' }),
  points: Type.Number({ description: 'signed: collection may add, every other line deducts' }),
  ...ExplanationFields,
  provisional: Type.Boolean({ description: 'the line can still change: its deadline has not passed or a decision is pending' }),
});

export const ScorecardView = Type.Object({
  userId: Type.String(),
  displayName: Type.String(),
  month: IsoMonth,
  roleCode: Type.String(),
  roleTitle: Type.String({ description: 'the title of that role version in the caller’s language (its English title on English screens when it has one)' }),
  roleVersion: Type.Integer({ description: 'the role definition version in force in the month (its effectiveFrom is the month or earlier)' }),
  baseScore: Type.Number(),
  items: Type.Array(ScoreItemView),
  total: Type.Number({ description: 'the counted total: lines not yet due deduct nothing' }),
  projectedTotal: Nullable(
    Type.Number({ description: '预计总分 of a provisional draft: where the month lands if it goes on as so far (collection at the pace of the elapsed working days); null when final or settled' }),
  ),
  projection: Nullable(Type.Object(ExplanationFields, { description: 'how projectedTotal was reached' })),
  status: Type.Union([Type.Literal('draft'), Type.Literal('final')]),
  provisional: Type.Boolean(),
  computedAt: Type.String(),
  deadlineAt: Type.String({ description: 'the paperwork deadline: end of the 2nd working day of the next month' }),
  finalizedAt: Nullable(Type.String()),
  finalizedBy: Nullable(Type.String()),
  finalizedByName: Nullable(Type.String({ description: 'who finalized it, by name (the person may be outside the reader’s team)' })),
  reopenedAt: Nullable(Type.String()),
  reopenNote: Nullable(Type.String()),
});

export const RankedScorecardView = Type.Object({
  rank: Type.Integer({ minimum: 1, description: 'the place among the people of the same role (reps against reps, managers against managers)' }),
  rankedAmong: Type.Integer({ minimum: 1, description: 'how many people of that role are ranked' }),
  ...ScorecardView.properties,
});

/** Money in the rule's inputs is in minor units (`planMinor`); the API speaks major units (`plan`). */
export function majorUnits(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(majorUnits);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, JsonValue> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.endsWith('Minor') && key.length > 5 && (typeof v === 'number' || v === null)) {
      out[key.slice(0, -5)] = v === null ? null : totalToMajor(v); // a total may pass the money range: shown, never refused
    } else {
      out[key] = majorUnits(v);
    }
  }
  return out;
}

/** A snapshot (computed now, or stored at finalization) as the API shows it, in `locale`. */
export function scorecardView(
  snapshot: ScorecardSnapshot,
  displayName: string,
  locale: Locale,
  row?: ScorecardRow,
  /** The role version's title, for snapshots stored before they kept it. */
  fallbackTitle?: { title: string; titleEn?: string | null },
  /** Who finalized it, by name. */
  finalizedByName?: string | null,
) {
  const final = row?.status === 'final';
  const projection = !final && snapshot.provisional ? (snapshot.projection ?? null) : null;
  const title = snapshot.roleTitle !== undefined ? { title: snapshot.roleTitle, titleEn: snapshot.roleTitleEn } : fallbackTitle;
  return {
    userId: snapshot.userId,
    displayName,
    month: snapshot.month,
    roleCode: snapshot.roleCode,
    roleTitle: title ? roleTitleIn(title, locale) : snapshot.roleCode,
    roleVersion: snapshot.roleVersion,
    baseScore: snapshot.baseScore,
    items: snapshot.items.map((item) => ({
      code: item.code,
      inputs: majorUnits(item.inputs) as Record<string, unknown>,
      points: item.points,
      ...explained(item.explanation, locale),
      provisional: item.provisional,
    })),
    total: snapshot.total,
    projectedTotal: projection ? projection.total : null,
    projection: projection ? explained(projection.explanation, locale) : null,
    status: final ? ('final' as const) : ('draft' as const),
    provisional: snapshot.provisional,
    computedAt: snapshot.computedAt,
    deadlineAt: snapshot.deadlineAt,
    finalizedAt: row?.finalizedAt ?? null,
    finalizedBy: row?.finalizedBy ?? null,
    finalizedByName: row?.finalizedBy ? (finalizedByName ?? null) : null,
    reopenedAt: row?.reopenedAt ?? null,
    reopenNote: row?.reopenNote ?? null,
  };
}
