import { Type } from 'typebox';
import { renderExplanation, SCORE_LINE_CODES, totalToMajor, type JsonValue, type Locale } from '@fieldbeat/domain';
import type { ScorecardRow } from '../../db/repos/scoring.js';
import { IsoMonth, Nullable } from '../../lib/schemas.js';
import type { ScorecardSnapshot } from './compute.js';

const ExplanationParams = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));

export const ScoreItemView = Type.Object({
  code: Type.Enum(SCORE_LINE_CODES),
  inputs: Type.Record(Type.String(), Type.Unknown(), { description: 'the data the line used; money in major units' }),
  points: Type.Number({ description: 'signed: collection may add, every other line deducts' }),
  explanation: Type.String({ description: 'why, in the language of Accept-Language (zh-CN by default, or en)' }),
  explanationKey: Type.String(),
  explanationParams: ExplanationParams,
  provisional: Type.Boolean({ description: 'the line can still change: its deadline has not passed or a decision is pending' }),
});

export const ScorecardView = Type.Object({
  userId: Type.String(),
  displayName: Type.String(),
  month: IsoMonth,
  roleCode: Type.String(),
  roleVersion: Type.Integer({ description: 'the role definition version in force at the end of the month' }),
  baseScore: Type.Number(),
  items: Type.Array(ScoreItemView),
  total: Type.Number(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('final')]),
  provisional: Type.Boolean(),
  computedAt: Type.String(),
  deadlineAt: Type.String({ description: 'the paperwork deadline: end of the 2nd working day of the next month' }),
  finalizedAt: Nullable(Type.String()),
  finalizedBy: Nullable(Type.String()),
  reopenedAt: Nullable(Type.String()),
  reopenNote: Nullable(Type.String()),
});

export const RankedScorecardView = Type.Object({ rank: Type.Integer({ minimum: 1 }), ...ScorecardView.properties });

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
export function scorecardView(snapshot: ScorecardSnapshot, displayName: string, locale: Locale, row?: ScorecardRow) {
  const final = row?.status === 'final';
  return {
    userId: snapshot.userId,
    displayName,
    month: snapshot.month,
    roleCode: snapshot.roleCode,
    roleVersion: snapshot.roleVersion,
    baseScore: snapshot.baseScore,
    items: snapshot.items.map((item) => ({
      code: item.code,
      inputs: majorUnits(item.inputs) as Record<string, unknown>,
      points: item.points,
      explanation: renderExplanation(item.explanation, locale),
      explanationKey: item.explanation.key as string,
      explanationParams: item.explanation.params,
      provisional: item.provisional,
    })),
    total: snapshot.total,
    status: final ? ('final' as const) : ('draft' as const),
    provisional: snapshot.provisional,
    computedAt: snapshot.computedAt,
    deadlineAt: snapshot.deadlineAt,
    finalizedAt: row?.finalizedAt ?? null,
    finalizedBy: row?.finalizedBy ?? null,
    reopenedAt: row?.reopenedAt ?? null,
    reopenNote: row?.reopenNote ?? null,
  };
}
