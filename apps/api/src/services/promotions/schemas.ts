import { PROMOTION_SOURCES, PROMOTION_STATUSES } from '@fieldbeat/domain';
import { Type, type Static } from 'typebox';
import { Decision } from '../../lib/decision.js';
import { ExplanationFields } from '../../lib/explanation.js';
import { ActorRef, Id, IsoDate, Money, Nullable } from '../../lib/schemas.js';

export const Source = Type.Enum(PROMOTION_SOURCES);
export const Status = Type.Enum(PROMOTION_STATUSES);

const Material = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  qty: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
});
const Materials = Type.Array(Material, { maxItems: 100 });
/** 促销前的销量 / 活动预估效果: units as a number, or the applicant's own words. */
const Statement = Type.Union([Type.Integer({ minimum: 0, maximum: 1e12 }), Type.String({ maxLength: 2000 })]);
const LongText = Type.String({ maxLength: 4000 });

/** 促销活动申请表, as applied for. */
export const PromotionCreate = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  source: Source,
  storeIds: Type.Array(Id, { minItems: 1, maxItems: 500 }),
  productIds: Type.Array(Id, { minItems: 1, maxItems: 500 }),
  startDate: IsoDate,
  endDate: IsoDate,
  purpose: Type.String({ minLength: 1, maxLength: 4000 }),
  storeSupport: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  baselineSales: Type.Optional(Nullable(Statement)),
  materials: Materials,
  staffCount: Type.Integer({ minimum: 0, maximum: 100_000 }),
  estimatedCost: Money,
  estimatedEffect: Statement,
});
export type PromotionCreateBody = Static<typeof PromotionCreate>;

export const TransitionBody = Type.Object({
  note: Type.Optional(Nullable(Type.String({ maxLength: 4000, description: 'required (not blank) to reject: the applicant reads it' }))),
});

/** The actuals (实际物料/人员/费用/效果, 发现的问题, 改进方案). */
export const PromotionReport = Type.Object({
  actualMaterials: Materials,
  actualStaff: Type.Integer({ minimum: 0, maximum: 100_000 }),
  actualCost: Money,
  actualEffect: Type.String({ minLength: 1, maxLength: 4000 }),
  issues: LongText,
  improvementPlan: LongText,
});
export type PromotionReportBody = Static<typeof PromotionReport>;

export const HistoryEntry = Type.Object({
  action: Type.String(),
  from: Nullable(Type.String()),
  to: Type.String(),
  actorId: Type.String(),
  actorName: Nullable(Type.String()),
  actor: ActorRef,
  note: Nullable(Type.String()),
  at: Type.String(),
});

export const PromotionFields = {
  id: Type.String(),
  title: Type.String(),
  source: Source,
  status: Status,
  applicantId: Type.String(),
  storeIds: Type.Array(Type.String()),
  productIds: Type.Array(Type.String()),
  startDate: Type.String(),
  endDate: Type.String(),
  purpose: Type.String(),
  storeSupport: Nullable(Type.String()),
  baselineSales: Nullable(Type.Union([Type.Number(), Type.String()])),
  materials: Type.Array(Material),
  staffCount: Type.Integer(),
  estimatedCost: Type.Number(),
  estimatedEffect: Type.String(),
  actualMaterials: Nullable(Type.Array(Material)),
  actualStaff: Nullable(Type.Integer()),
  actualCost: Nullable(Type.Number()),
  actualEffect: Nullable(Type.String()),
  issues: Nullable(Type.String()),
  improvementPlan: Nullable(Type.String()),
  reviewerId: Nullable(Type.String()),
  gmApproverId: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};

export const PromotionView = Type.Object({
  ...PromotionFields,
  /** The latest approve or reject (the first-level review, or the GM's): outcome, note, when, who. */
  decision: Nullable(Decision),
  history: Type.Optional(Type.Array(HistoryEntry)),
});

const Window = Type.Object({ start: Type.String(), end: Type.String() });

export const EffectView = Type.Object({
  promotionId: Type.String(),
  status: Status,
  window: Window,
  baselineWindow: Window,
  unitsInWindow: Type.Integer(),
  unitsBefore: Type.Integer(),
  extraUnits: Type.Integer(),
  upliftPct: Nullable(Type.Number()),
  /** Whether the cost is the reported actual cost or, before the report, the estimate. */
  costBasis: Type.Union([Type.Literal('actual'), Type.Literal('estimated')]),
  cost: Type.Number(),
  estimatedCost: Type.Number(),
  actualCost: Nullable(Type.Number()),
  costPerExtraUnit: Nullable(Type.Number()),
  vsEstimate: Nullable(Type.Object({ estimatedExtraUnits: Type.Number(), differenceUnits: Type.Number() })),
  costVsEstimate: Nullable(Type.Object({ estimated: Type.Number(), actual: Type.Number(), difference: Type.Number() })),
  ...ExplanationFields,
});
