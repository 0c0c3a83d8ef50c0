import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt, version } from './common.js';
import { products, stores } from './masterdata.js';
import { users } from './users.js';

/** 促销活动申请表: the application, its decision and its actuals. */
export const promotions = sqliteTable(
  'promotions',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    source: text('source', { enum: ['company', 'store_request', 'rep_initiated'] }).notNull(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    purpose: text('purpose').notNull(),
    storeSupport: text('store_support'),
    /** 促销前的销量: the pre-promotion sales baseline, as the applicant states it. */
    baselineSales: text('baseline_sales', { mode: 'json' }).$type<number | string>(),
    materials: text('materials', { mode: 'json' }).$type<{ name: string; qty: number }[]>().notNull(),
    staffCount: integer('staff_count').notNull(),
    estimatedCostMinor: integer('estimated_cost_minor').notNull(),
    estimatedEffect: text('estimated_effect').notNull(),
    actualMaterials: text('actual_materials', { mode: 'json' }),
    actualStaff: integer('actual_staff'),
    actualCostMinor: integer('actual_cost_minor'),
    actualEffect: text('actual_effect'),
    issuesFound: text('issues_found'),
    improvementPlan: text('improvement_plan'),
    reviewerId: text('reviewer_id'),
    gmApproverId: text('gm_approver_id'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('promotions_applicant_idx').on(t.applicantId),
    // GET /promotions, newest first (created_at, id): everyone's, and by status
    index('promotions_created_idx').on(t.createdAt, t.id),
    index('promotions_status_created_idx').on(t.status, t.createdAt, t.id),
  ],
);

export const promotionStores = sqliteTable(
  'promotion_stores',
  {
    promotionId: text('promotion_id')
      .notNull()
      .references(() => promotions.id),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
  },
  (t) => [primaryKey({ columns: [t.promotionId, t.storeId] }), index('promotion_stores_store_idx').on(t.storeId)],
);

export const promotionProducts = sqliteTable(
  'promotion_products',
  {
    promotionId: text('promotion_id')
      .notNull()
      .references(() => promotions.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
  },
  (t) => [primaryKey({ columns: [t.promotionId, t.productId] })],
);

export const promotionHistory = sqliteTable(
  'promotion_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    promotionId: text('promotion_id')
      .notNull()
      .references(() => promotions.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: text('actor_id').notNull(),
    note: text('note'),
    at: text('at').notNull(),
  },
  (t) => [index('promotion_history_promotion_idx').on(t.promotionId, t.id)],
);

/** 退货: a return request with its eligibility under the standard (R2). */
export const returns = sqliteTable(
  'returns',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    requesterId: text('requester_id')
      .notNull()
      .references(() => users.id),
    qty: integer('qty').notNull(),
    reason: text('reason').notNull(),
    requestDate: text('request_date').notNull(),
    productionDate: text('production_date'),
    contentsRemaining: integer('contents_remaining'),
    contentsTotal: integer('contents_total'),
    notes: text('notes'),
    status: text('status').notNull(),
    eligibility: text('eligibility', { mode: 'json' }).notNull(),
    approverId: text('approver_id'),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note'),
    refundAmountMinor: integer('refund_amount_minor'),
    executedAt: text('executed_at'),
    /** Local date of execution: the month whose collections the refund reduces. */
    executedDate: text('executed_date'),
    bodyHash: text('body_hash').notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('returns_requester_idx').on(t.requesterId, t.executedDate),
    // GET /returns, newest first (created_at, id): everyone's (and a caller's, filtered), by status, of a store
    index('returns_created_idx').on(t.createdAt, t.id),
    index('returns_status_created_idx').on(t.status, t.createdAt, t.id),
    index('returns_store_created_idx').on(t.storeId, t.createdAt, t.id),
  ],
);

export const webhooks = sqliteTable(
  'webhooks',
  {
    id: text('id').primaryKey(),
    url: text('url').notNull(),
    events: text('events', { mode: 'json' }).$type<string[]>().notNull(),
    secret: text('secret').notNull(),
    allowPrivateNetwork: integer('allow_private_network', { mode: 'boolean' }).notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    deletedAt: text('deleted_at'),
  },
  // GET /webhooks, newest first
  (t) => [index('webhooks_created_idx').on(t.createdAt, t.id)],
);

export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id),
    event: text('event').notNull(),
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: text('next_attempt_at'),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    // a webhook's delivery log, newest first (created_at, id)
    index('webhook_deliveries_hook_created_idx').on(t.webhookId, t.createdAt, t.id),
  ],
);
