import { Type } from 'typebox';
import { Nullable, PermissionSchema } from '../../lib/schemas.js';

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';

const Cadence = Type.Union([
  Type.Object({ kind: Type.Literal('daily') }),
  Type.Object({ kind: Type.Literal('weekly'), weekday: Type.Integer({ minimum: 1, maximum: 7 }) }),
  Type.Object({ kind: Type.Literal('monthly'), workingDay: Type.Integer({ minimum: 1, maximum: 23 }) }),
]);

export const Scoring = Type.Object({
  baseScore: Type.Number({ minimum: 0, maximum: 1000 }),
  collectionPointsPerPercent: Type.Number({ minimum: 0, maximum: 100 }),
  firstLevelMarketPenalty: Type.Number({ minimum: 0, maximum: 1000 }),
  secondLevelMarketPenalty: Type.Number({ minimum: 0, maximum: 1000 }),
  missingLogPenalty: Type.Number({ minimum: 0, maximum: 1000 }),
  vagueLogPenalty: Type.Number({ minimum: 0, maximum: 1000 }),
  surveyMaxPenalty: Type.Number({ minimum: 0, maximum: 1000 }),
  complaintPenalty: Type.Number({ minimum: 0, maximum: 1000 }),
  taskPenalty: Type.Number({ minimum: 0, maximum: 1000 }),
  disciplineMin: Type.Number({ minimum: 0, maximum: 1000 }),
  disciplineMax: Type.Number({ minimum: 0, maximum: 1000 }),
});

const RoleFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  titleEn: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'the title on English screens; zh-CN screens show `title`' }))),
  department: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  headcount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100000 }))),
  reportsTo: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  summary: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  duties: Type.Optional(
    Type.Array(
      Type.Object({
        text: Type.String({ minLength: 1, maxLength: 2000, description: 'The duty as the handbook words it; a generated task’s description.' }),
        title: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 60, description: 'A generated task’s short title; by default the text’s heading.' }))),
        cadence: Type.Optional(Nullable(Cadence)),
        scored: Type.Optional(Type.Boolean()),
        closedBy: Type.Optional(
          Nullable(
            Type.Union([Type.Literal('work_log'), Type.Literal('market_survey')], {
              description: 'The record that does the duty and closes its task: the day’s work log (daily duties) or the month’s market survey (monthly duties).',
            }),
          ),
        ),
      }),
      { maxItems: 200 },
    ),
  ),
  workContent: Type.Optional(Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 200 })),
  requirements: Type.Optional(Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 200 })),
  authorities: Type.Optional(Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 200 })),
  permissions: Type.Array(PermissionSchema, { maxItems: 50 }),
  kpis: Type.Optional(
    Type.Array(
      Type.Object({
        name: Type.String({ minLength: 1, maxLength: 200 }),
        target: Type.Optional(Nullable(Type.Union([Type.Number(), Type.String({ maxLength: 200 })]))),
        unit: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
      }),
      { maxItems: 100 },
    ),
  ),
  workingConditions: Type.Optional(
    Nullable(Type.Union([Type.String({ maxLength: 5000 }), Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 2000 }))])),
  ),
  scoring: Type.Optional(Scoring),
};

export const RoleCode = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z][a-z0-9_]*$' });

const Note = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description: 'why the role changed (the change note), kept with the version' });
const effectiveFromDoc =
  'the first month whose scorecards use this version (YYYY-MM); default the current month. An earlier month only while no scorecard of the role is final for it or a later month; at most 12 months ahead.';

export const RoleCreate = Type.Object({
  code: RoleCode,
  ...RoleFields,
  effectiveFrom: Type.Optional(Type.String({ pattern: MONTH_PATTERN, description: effectiveFromDoc })),
  note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});
export const RoleUpdate = Type.Object({
  code: Type.Optional(RoleCode),
  ...RoleFields,
  effectiveFrom: Type.Optional(Type.String({ pattern: MONTH_PATTERN, description: effectiveFromDoc })),
  note: Note,
});

export const RoleView = Type.Object({
  code: Type.String(),
  ...RoleFields,
  scoring: Scoring,
  version: Type.Integer(),
  createdAt: Type.String(),
  effectiveFrom: Type.String({ description: 'the first month whose scorecards use this version' }),
  note: Nullable(Type.String()),
  createdBy: Nullable(Type.String({ description: 'who saved it; null for the system (first start, demo)' })),
  createdByName: Nullable(Type.String()),
});
