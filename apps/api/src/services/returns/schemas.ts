import { RETURN_ELIGIBILITY_BRANCHES, RETURN_REASONS, RETURN_STATUSES } from '@fieldbeat/domain';
import { Type, type Static } from 'typebox';
import { Decision } from '../../lib/decision.js';
import { ExplanationFields } from '../../lib/explanation.js';
import { ClientId, Id, IsoDate, Money, Nullable } from '../../lib/schemas.js';

export const Reason = Type.Enum(RETURN_REASONS);
export const Status = Type.Enum(RETURN_STATUSES);
const Branch = Type.Enum(RETURN_ELIGIBILITY_BRANCHES);

/** 退货申请: what the rep reports; the store's status and the product's shelf life and clearance come from the database. */
export const ReturnCreate = Type.Object({
  id: Type.Optional({ ...ClientId, description: 'client-generated for offline capture: a replay with the same body answers 200' }),
  storeId: Id,
  productId: Id,
  qty: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
  reason: Reason,
  requestDate: Type.Optional(IsoDate),
  productionDate: Type.Optional(Nullable(IsoDate)),
  contentsRemaining: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
  contentsTotal: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000 }))),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
});
export type ReturnCreateBody = Static<typeof ReturnCreate>;

export const DecisionBody = Type.Object({
  note: Type.Optional(Nullable(Type.String({ maxLength: 4000, description: 'the reason; required (not blank) to reject' }))),
});
export const ExecuteBody = Type.Object({ refundAmount: Money });

/** R2's verdict on the request: the sentence, its key and params (the facts it used) beside it. */
export const Eligibility = Type.Object({
  eligible: Type.Boolean(),
  reason: Reason,
  branch: Branch,
  ...ExplanationFields,
});

export const ReturnView = Type.Object({
  id: Type.String(),
  storeId: Type.String(),
  productId: Type.String(),
  requesterId: Type.String(),
  qty: Type.Integer(),
  reason: Reason,
  requestDate: Type.String(),
  productionDate: Nullable(Type.String()),
  contentsRemaining: Nullable(Type.Integer()),
  contentsTotal: Nullable(Type.Integer()),
  notes: Nullable(Type.String()),
  status: Status,
  eligibility: Eligibility,
  /** The person who approved a non-standard return; null when the standard approved it. */
  approverId: Nullable(Type.String()),
  /** "standard" (R2 covers it), the approver's id, or null while not approved. */
  approvedBy: Nullable(Type.String()),
  rejectedBy: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  /** The latest decision (null while pending): outcome, note, time and the decider's name. */
  decision: Nullable(Decision),
  refundAmount: Nullable(Type.Number()),
  executedAt: Nullable(Type.String()),
  /** The organisation-local date of execution: the month whose collections the refund reduces. */
  executedDate: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
});

export const PreviewView = Type.Object({
  storeId: Type.String(),
  productId: Type.String(),
  qty: Type.Integer(),
  reason: Reason,
  requestDate: Type.String(),
  status: Type.Union([Type.Literal('approved'), Type.Literal('pending_approval')]),
  eligibility: Eligibility,
});
