import {
  baselineWindow,
  promotionEffect,
  promotionTransition,
  toMajor,
  toMinor,
  validatePromotionApplication,
  type Locale,
  type PromotionAction,
  type PromotionSource,
  type PromotionStatus,
  type WebhookEvent,
} from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getProducts, getStore } from '../../db/repos/masterdata.js';
import { getSettings } from '../../db/repos/organisation.js';
import {
  getPromotion,
  insertPromotion,
  insertPromotionHistory,
  latestDecisions,
  listPromotionHistory,
  orderedUnitsByDate,
  promotionVisible,
  updatePromotion,
  type StoredPromotion,
} from '../../db/repos/promotions.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { enqueueEvent } from '../../db/repos/webhook-outbox.js';
import type { DecisionView } from '../../lib/decision.js';
import { ApiError, conflict, notFound } from '../../lib/errors.js';
import { invalidResult, refusalError } from '../../lib/refusal.js';
import { explained } from '../../lib/explanation.js';
import { newId } from '../../lib/ids.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { moneyField } from '../../lib/schemas.js';
import type { PromotionCreateBody, PromotionReportBody } from './schemas.js';

type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** The promotion as the API shows it: money in major units, the form's names. */
export function promotionView(p: StoredPromotion) {
  return {
    id: p.id,
    title: p.title,
    source: p.source,
    status: p.status as PromotionStatus,
    applicantId: p.applicantId,
    storeIds: p.storeIds,
    productIds: p.productIds,
    startDate: p.startDate,
    endDate: p.endDate,
    purpose: p.purpose,
    storeSupport: p.storeSupport,
    // A count of units, or the applicant's words (see insert below).
    baselineSales: p.baselineSales,
    materials: p.materials,
    staffCount: p.staffCount,
    estimatedCost: toMajor(p.estimatedCostMinor),
    estimatedEffect: p.estimatedEffect,
    actualMaterials: (p.actualMaterials as { name: string; qty: number }[] | null) ?? null,
    actualStaff: p.actualStaff,
    actualCost: p.actualCostMinor === null ? null : toMajor(p.actualCostMinor),
    actualEffect: p.actualEffect,
    issues: p.issuesFound,
    improvementPlan: p.improvementPlan,
    reviewerId: p.reviewerId,
    gmApproverId: p.gmApproverId,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
export type PromotionViewData = ReturnType<typeof promotionView>;

export function historyOf(db: DbOrTx, promotionId: string) {
  return listPromotionHistory(db, promotionId).map((h) => ({
    action: h.action,
    from: h.fromStatus,
    to: h.toStatus,
    actorId: h.actorId,
    actorName: h.actorName,
    actor: { id: h.actorId, name: h.actorName },
    note: h.note,
    at: h.at,
  }));
}

/** An approve or reject entry of the history as the decision the applicant reads. */
function decisionFrom(entry: { action: string; actorId: string; actorName: string | null; note: string | null; at: string } | undefined): DecisionView | null {
  if (!entry) return null;
  return {
    outcome: entry.action === 'reject' ? 'rejected' : 'approved',
    note: entry.note,
    decidedAt: entry.at,
    decidedBy: { id: entry.actorId, name: entry.actorName },
  };
}

/** One promotion with its history and its latest decision (GET /promotions/{id}, every action's answer). */
export function detailView(db: DbOrTx, p: StoredPromotion) {
  const history = historyOf(db, p.id);
  const decision = decisionFrom(history.filter((h) => h.action === 'approve' || h.action === 'reject').at(-1));
  return { ...promotionView(p), decision, history };
}

/** A page of promotions, each with its latest decision (one query for the page). */
export function listViews(db: DbOrTx, rows: readonly StoredPromotion[]) {
  const decisions = latestDecisions(db, rows.map((p) => p.id));
  return rows.map((p) => ({ ...promotionView(p), decision: decisionFrom(decisions.get(p.id)) }));
}

/** A promotion the caller may see, else 404 (never 403: its existence is not revealed). */
export function loadVisiblePromotion(db: DbOrTx, principal: Principal, id: string): StoredPromotion {
  const promotion = getPromotion(db, id);
  if (!promotion || !promotionVisible(db, id, visibleIds(visibilityOf(db, principal)))) throw notFound('promotion');
  return promotion;
}

const actorFor = (principal: Principal) => ({ id: principal.id, permissions: [...principal.permissions] });

const stateOf = (p: StoredPromotion) => ({
  status: p.status as PromotionStatus,
  applicantId: p.applicantId,
  source: p.source,
  estimatedCostMinor: p.estimatedCostMinor,
});

/** Setting gmApprovalThreshold (major units) in minor units: a cost strictly above it needs the GM. */
const gmThresholdMinor = (db: DbOrTx) => toMinor(getSettings(db).settings.gmApprovalThreshold);

/**
 * Applies (draft). The stores must be ones the applicant may see and the products must
 * exist (404 naming the field, the same answer for a store that is not there and one that
 * is not the applicant's, so nothing leaks). A company promotion needs promotions.approve.
 */
export function createPromotion(db: Db, principal: UserPrincipal, body: PromotionCreateBody, requestId?: string) {
  requirePermission(principal, body.source === 'company' ? 'promotions.approve' : 'promotions.apply');
  const validation = validatePromotionApplication(body);
  if (!validation.ok) throw invalidResult(validation, 'The promotion');
  const storeIds = [...new Set(body.storeIds)];
  const productIds = [...new Set(body.productIds)];
  const estimatedCostMinor = moneyField('/estimatedCost', body.estimatedCost);
  return db.transaction((tx) => {
    const visibility = visibilityOf(tx, principal);
    storeIds.forEach((storeId, i) => {
      const store = getStore(tx, storeId);
      if (!store || !canSee(visibility, store.ownerId)) {
        throw new ApiError('NOT_FOUND', `store ${storeId} not found`, [{ path: `/storeIds/${i}`, message: 'no such store among yours' }]);
      }
    });
    const found = new Set(getProducts(tx, productIds).map((p) => p.id));
    productIds.forEach((productId, i) => {
      if (!found.has(productId)) {
        throw new ApiError('NOT_FOUND', `product ${productId} not found`, [{ path: `/productIds/${i}`, message: 'no such product' }]);
      }
    });
    const now = new Date().toISOString();
    const created = insertPromotion(
      tx,
      {
        id: newId(),
        title: body.title,
        source: body.source as PromotionSource,
        applicantId: principal.id,
        status: 'draft',
        startDate: body.startDate,
        endDate: body.endDate,
        purpose: body.purpose,
        storeSupport: body.storeSupport ?? null,
        // 促销前的销量 as units or in words: kept as JSON so a number stays a number.
        baselineSales: body.baselineSales ?? null,
        materials: body.materials,
        staffCount: body.staffCount,
        estimatedCostMinor,
        estimatedEffect: String(body.estimatedEffect),
        createdAt: now,
        updatedAt: now,
      },
      storeIds,
      productIds,
    );
    insertPromotionHistory(tx, { promotionId: created.id, action: 'create', fromStatus: null, toStatus: 'draft', actorId: principal.id, note: null, at: now });
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'promotion', entityId: created.id, after: promotionView(created), requestId });
    return detailView(tx, created);
  });
}

/**
 * One R5 transition (submit, approve, reject, withdraw), decided by the domain rule; the
 * new status, the history entry, the audit entry and the webhook events are written in one
 * transaction.
 */
export function transitionPromotion(
  db: Db,
  principal: UserPrincipal,
  id: string,
  action: Exclude<PromotionAction, 'report'>,
  note: string | null | undefined,
  requestId?: string,
) {
  return db.transaction((tx) => {
    const before = loadVisiblePromotion(tx, principal, id);
    const decision = promotionTransition(stateOf(before), action, actorFor(principal), {
      gmApprovalThresholdMinor: gmThresholdMinor(tx),
      note: note ?? null,
    });
    if (!decision.ok) throw refusalError(decision);
    const patch: Parameters<typeof updatePromotion>[2] = {};
    if (action === 'approve' || action === 'reject' || (action === 'submit' && decision.to === 'approved')) {
      // The first-level review (审核) or the general manager's opinion (公司总经理意见).
      if (before.status === 'pending_gm') patch.gmApproverId = principal.id;
      else patch.reviewerId = principal.id;
    }
    return applyTransition(tx, principal, before, action, decision.to, decision.events, note ?? null, patch, requestId);
  });
}

/** approved -> completed with the actuals (实际执行情况, 发现的问题, 改进方案). */
export function reportPromotion(db: Db, principal: UserPrincipal, id: string, body: PromotionReportBody, requestId?: string) {
  const actualCostMinor = moneyField('/actualCost', body.actualCost);
  return db.transaction((tx) => {
    const before = loadVisiblePromotion(tx, principal, id);
    const decision = promotionTransition(stateOf(before), 'report', actorFor(principal), {
      gmApprovalThresholdMinor: gmThresholdMinor(tx),
    });
    if (!decision.ok) throw refusalError(decision);
    const patch = {
      actualMaterials: body.actualMaterials,
      actualStaff: body.actualStaff,
      actualCostMinor,
      actualEffect: body.actualEffect,
      issuesFound: body.issues,
      improvementPlan: body.improvementPlan,
    };
    return applyTransition(tx, principal, before, 'report', decision.to, decision.events, null, patch, requestId);
  });
}

function applyTransition(
  tx: DbOrTx,
  principal: UserPrincipal,
  before: StoredPromotion,
  action: PromotionAction,
  to: PromotionStatus,
  events: readonly WebhookEvent[],
  note: string | null,
  patch: Parameters<typeof updatePromotion>[2],
  requestId: string | undefined,
) {
  const now = new Date().toISOString();
  const updated = updatePromotion(tx, before.id, { ...patch, status: to, version: before.version + 1, updatedAt: now });
  const after: StoredPromotion = { ...updated, storeIds: before.storeIds, productIds: before.productIds };
  insertPromotionHistory(tx, { promotionId: before.id, action, fromStatus: before.status, toStatus: to, actorId: principal.id, note, at: now });
  writeAudit(tx, {
    ...actorOf(principal),
    action,
    entity: 'promotion',
    entityId: before.id,
    before: promotionView(before),
    after: { ...promotionView(after), ...(note ? { note } : {}) },
    requestId,
  });
  const data = promotionView(after);
  for (const event of events) enqueueEvent(tx, event, data, principal.id, { note });
  return detailView(tx, after);
}

/** Digits only: an estimated effect written as a number of extra units. */
const unitsStatement = (text: string | null) => (text !== null && /^\s*\d+\s*$/.test(text) ? Number(text) : null);

/**
 * R5 effect: units ordered at visits to its stores for its products inside the window,
 * against the equally long window right before it. Completed promotions use the actual
 * cost; an approved one that has not reported yet uses its estimate (costBasis says which).
 */
export function effectOf(db: DbOrTx, principal: Principal, id: string, locale: Locale) {
  const p = loadVisiblePromotion(db, principal, id);
  if (p.status !== 'approved' && p.status !== 'completed') {
    throw conflict(`the effect is measured for an approved or completed promotion; this one is ${p.status}`);
  }
  const window = { start: p.startDate, end: p.endDate };
  const before = baselineWindow(window);
  const orders = orderedUnitsByDate(db, { storeIds: p.storeIds, productIds: p.productIds, from: before.start, to: window.end });
  const actual = p.actualCostMinor;
  const costMinor = actual ?? p.estimatedCostMinor;
  const effect = promotionEffect({
    window,
    ordersInWindow: orders,
    ordersBefore: orders,
    actualCostMinor: actual,
    estimatedCostMinor: p.estimatedCostMinor,
    estimatedEffect: unitsStatement(p.estimatedEffect),
  });
  return {
    promotionId: p.id,
    status: p.status as PromotionStatus,
    window: effect.window,
    baselineWindow: effect.baselineWindow,
    unitsInWindow: effect.unitsInWindow,
    unitsBefore: effect.unitsBefore,
    extraUnits: effect.extraUnits,
    upliftPct: effect.upliftPct,
    costBasis: actual === null ? ('estimated' as const) : ('actual' as const),
    cost: toMajor(costMinor),
    estimatedCost: toMajor(p.estimatedCostMinor),
    actualCost: actual === null ? null : toMajor(actual),
    costPerExtraUnit: effect.costPerExtraUnitMinor === null ? null : toMajor(effect.costPerExtraUnitMinor),
    vsEstimate: effect.vsEstimate,
    costVsEstimate:
      actual === null
        ? null
        : { estimated: toMajor(p.estimatedCostMinor), actual: toMajor(actual), difference: toMajor(actual - p.estimatedCostMinor) },
    ...explained(effect.explanation, locale),
  };
}
