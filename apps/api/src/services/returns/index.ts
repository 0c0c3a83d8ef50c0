import {
  initialReturnStatus,
  localDate,
  returnEligibility,
  returnRequestCheck,
  returnTransition,
  returnValueMinor,
  toMajor,
  type Locale,
  type ReturnAction,
  type ReturnEligibility,
  type ReturnReason,
  type ReturnStatus,
} from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getProduct, getStore, type ProductRow, type StoreRow } from '../../db/repos/masterdata.js';
import { displayNames } from '../../db/repos/names.js';
import { getSettings } from '../../db/repos/organisation.js';
import { getReturn, insertReturn, returnVisible, updateReturn, type ReturnRow } from '../../db/repos/returns.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { enqueueEvent } from '../../db/repos/webhook-outbox.js';
import { ApiError, conflict, notFound } from '../../lib/errors.js';
import { refusalError } from '../../lib/refusal.js';
import { explained } from '../../lib/explanation.js';
import { bodyHash } from '../../lib/hash.js';
import { newId } from '../../lib/ids.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { moneyField } from '../../lib/schemas.js';
import type { ReturnCreateBody } from './schemas.js';

type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/**
 * The return as the API shows it, the explanation's sentence in `locale` (English in webhooks and
 * the audit trail), and the latest decision with the decider's name from `names` (`returnViews`).
 */
export function returnView(r: ReturnRow, locale: Locale = 'en', names: ReadonlyMap<string, string> = new Map()) {
  const eligibility = r.eligibility as ReturnEligibility;
  const status = r.status as ReturnStatus;
  const approved = status === 'approved' || status === 'executed';
  return {
    id: r.id,
    storeId: r.storeId,
    productId: r.productId,
    requesterId: r.requesterId,
    qty: r.qty,
    reason: r.reason as ReturnReason,
    requestDate: r.requestDate,
    productionDate: r.productionDate,
    contentsRemaining: r.contentsRemaining,
    contentsTotal: r.contentsTotal,
    notes: r.notes,
    status,
    eligibility: {
      eligible: eligibility.eligible,
      reason: eligibility.reason,
      branch: eligibility.branch,
      ...explained(eligibility.explanation, locale),
    },
    approverId: approved ? r.approverId : null,
    approvedBy: approved ? (r.approverId ?? 'standard') : null,
    rejectedBy: status === 'rejected' ? r.approverId : null,
    decidedAt: r.decidedAt,
    decisionNote: r.decisionNote,
    decision: decisionOf(r, names),
    refundAmount: r.refundAmountMinor === null ? null : toMajor(r.refundAmountMinor),
    executedAt: r.executedAt,
    executedDate: r.executedDate,
    version: r.version,
    createdAt: r.createdAt,
  };
}

/** The latest decision: null while pending; the approver null when the standard approved it (R2). */
function decisionOf(r: ReturnRow, names: ReadonlyMap<string, string>) {
  const status = r.status as ReturnStatus;
  if (status === 'pending_approval') return null;
  return {
    outcome: status === 'rejected' ? ('rejected' as const) : ('approved' as const),
    note: r.decisionNote,
    decidedAt: r.decidedAt ?? r.createdAt,
    decidedBy: r.approverId === null ? null : { id: r.approverId, name: names.get(r.approverId) ?? null },
  };
}

/** Returns as the API shows them, their deciders' names read in one query. */
export function returnViews(db: DbOrTx, rows: readonly ReturnRow[], locale: Locale) {
  const names = displayNames(db, rows.map((r) => r.approverId));
  return rows.map((r) => returnView(r, locale, names));
}

export const returnViewOf = (db: DbOrTx, row: ReturnRow, locale: Locale) => returnViews(db, [row], locale)[0]!;

const today = (db: DbOrTx) => localDate(new Date(), getSettings(db).settings.timezone);

/** The store (one the caller may see) and the product, or 404 naming the field. */
function loadSubjects(db: DbOrTx, principal: Principal, body: ReturnCreateBody): { store: StoreRow; product: ProductRow } {
  const store = getStore(db, body.storeId);
  if (!store || !canSee(visibilityOf(db, principal), store.ownerId)) {
    throw new ApiError('NOT_FOUND', 'store not found', [{ path: '/storeId', message: 'no such store among yours' }]);
  }
  const product = getProduct(db, body.productId);
  if (!product) throw new ApiError('NOT_FOUND', 'product not found', [{ path: '/productId', message: 'no such product' }]);
  return { store, product };
}

/** R2 on the request, with the store's status and the product's shelf life and clearance from the database. */
function assess(db: DbOrTx, principal: Principal, body: ReturnCreateBody) {
  const requestDate = body.requestDate ?? today(db);
  const checked = returnRequestCheck(body, requestDate);
  if (!checked.ok) throw refusalError(checked);
  const { store, product } = loadSubjects(db, principal, body);
  const eligibility = returnEligibility({
    reason: body.reason,
    requestDate,
    contentsRemaining: body.contentsRemaining ?? null,
    contentsTotal: body.contentsTotal ?? null,
    productionDate: body.productionDate ?? null,
    shelfLifeDays: product.shelfLifeDays,
    clearanceWindows: product.clearanceFrom && product.clearanceTo ? [{ from: product.clearanceFrom, to: product.clearanceTo }] : [],
    storeStatus: store.status,
  });
  return { requestDate, eligibility, status: initialReturnStatus(eligibility) };
}

export function previewReturn(db: Db, principal: UserPrincipal, body: ReturnCreateBody, locale: Locale) {
  requirePermission(principal, 'returns.request');
  const { requestDate, eligibility, status } = assess(db, principal, body);
  return {
    storeId: body.storeId,
    productId: body.productId,
    qty: body.qty,
    reason: body.reason,
    requestDate,
    status: status as 'approved' | 'pending_approval',
    eligibility: { eligible: eligibility.eligible, reason: eligibility.reason, branch: eligibility.branch, ...explained(eligibility.explanation, locale) },
  };
}

/**
 * Stores a return request with its eligibility: the standard approves a covered one at
 * once, anything else waits for approval. A client `id` makes the post safe to retry: the
 * same body again answers the stored return (`replayed`), another body is 409.
 */
export function createReturn(db: Db, principal: UserPrincipal, body: ReturnCreateBody, requestId?: string) {
  requirePermission(principal, 'returns.request');
  const hash = bodyHash(body);
  return db.transaction((tx) => {
    if (body.id) {
      const existing = getReturn(tx, body.id);
      if (existing) {
        if (existing.requesterId !== principal.id || existing.bodyHash !== hash) {
          throw conflict(`return ${body.id} exists with a different request`);
        }
        return { replayed: true, row: existing };
      }
    }
    const { requestDate, eligibility, status } = assess(tx, principal, body);
    const now = new Date().toISOString();
    const row = insertReturn(tx, {
      id: body.id ?? newId(),
      storeId: body.storeId,
      productId: body.productId,
      requesterId: principal.id,
      qty: body.qty,
      reason: body.reason,
      requestDate,
      productionDate: body.productionDate ?? null,
      contentsRemaining: body.contentsRemaining ?? null,
      contentsTotal: body.contentsTotal ?? null,
      notes: body.notes ?? null,
      status,
      eligibility,
      // Approved by the standard itself: no approver, decided when requested.
      approverId: null,
      decidedAt: status === 'approved' ? now : null,
      bodyHash: hash,
      createdAt: now,
    });
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'return', entityId: row.id, after: returnView(row), requestId });
    enqueueEvent(tx, 'return.created', returnView(row), principal.id);
    if (status === 'approved') enqueueEvent(tx, 'return.approved', returnView(row), principal.id, { approvedBy: 'standard' });
    return { replayed: false, row };
  });
}

/** A return the caller may see, else 404. */
export function loadVisibleReturn(db: DbOrTx, principal: Principal, id: string): ReturnRow {
  const row = getReturn(db, id);
  if (!row || !returnVisible(db, id, visibleIds(visibilityOf(db, principal)))) throw notFound('return');
  return row;
}

/**
 * approve / reject (returns.approve, never one's own request) and execute (only from
 * approved, recording a refund of at most the return's value and the organisation-local
 * execution date).
 * Order: permission 403, visibility 404, state 409, own request 403.
 */
export function transitionReturn(
  db: Db,
  principal: UserPrincipal,
  id: string,
  action: ReturnAction,
  input: { note?: string | null; refundAmount?: number },
  requestId?: string,
) {
  if (action === 'execute') requirePermission(principal, 'returns.request', 'returns.approve');
  else requirePermission(principal, 'returns.approve');
  const refundAmountMinor = input.refundAmount === undefined ? undefined : moneyField('/refundAmount', input.refundAmount);
  return db.transaction((tx) => {
    const before = loadVisibleReturn(tx, principal, id);
    const decision = returnTransition(
      { status: before.status as ReturnStatus, requesterId: before.requesterId },
      action,
      { id: principal.id, permissions: [...principal.permissions] },
      // the most the refund may be: the returned goods at the product's supply price (R2, docs/approvals.md)
      {
        refundAmountMinor,
        returnValueMinor: returnValueMinor(before.qty, getProduct(tx, before.productId)?.supplyPriceMinor ?? 0),
        note: input.note,
      },
    );
    if (!decision.ok) throw refusalError(decision);
    const now = new Date().toISOString();
    const patch =
      action === 'execute'
        ? { refundAmountMinor: refundAmountMinor ?? 0, executedAt: now, executedDate: today(tx) }
        : { approverId: principal.id, decidedAt: now, decisionNote: input.note?.trim() ? input.note : null };
    const after = updateReturn(tx, id, { ...patch, status: decision.to, version: before.version + 1 });
    const names = displayNames(tx, [before.approverId, after.approverId]);
    writeAudit(tx, {
      ...actorOf(principal),
      action,
      entity: 'return',
      entityId: id,
      before: returnView(before, 'en', names),
      after: returnView(after, 'en', names),
      requestId,
    });
    for (const event of decision.events) enqueueEvent(tx, event, returnView(after, 'en', names), principal.id);
    return after;
  });
}
