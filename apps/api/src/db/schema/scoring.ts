import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, version } from './common.js';
import { users } from './users.js';

export const collectionPlans = sqliteTable(
  'collection_plans',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    month: text('month').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    // PUT answers an ETag and honours If-Match
    version: version(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] })],
);

/** 回款: collections booked by finance. */
export const collections = sqliteTable(
  'collections',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    date: text('date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    reference: text('reference'),
    createdAt: createdAt(),
  },
  // the scorecard's sums by user and date; the list newest first (created_at, id), everyone's or a user's
  (t) => [
    index('collections_user_date_idx').on(t.userId, t.date),
    index('collections_created_idx').on(t.createdAt, t.id),
    index('collections_user_created_idx').on(t.userId, t.createdAt, t.id),
  ],
);

export const marketPlans = sqliteTable(
  'market_plans',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    month: text('month').notNull(),
    level: text('level', { enum: ['first', 'second'] }).notNull(),
    name: text('name').notNull(),
    storeId: text('store_id'),
    completedDate: text('completed_date'),
    createdAt: createdAt(),
  },
  (t) => [
    index('market_plans_user_month_idx').on(t.userId, t.month),
    index('market_plans_created_idx').on(t.createdAt, t.id),
    index('market_plans_user_created_idx').on(t.userId, t.createdAt, t.id),
  ],
);

export const complaints = sqliteTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    date: text('date').notNull(),
    storeId: text('store_id'),
    description: text('description').notNull(),
    valid: integer('valid', { mode: 'boolean' }),
    validatedBy: text('validated_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('complaints_user_date_idx').on(t.userId, t.date),
    index('complaints_created_idx').on(t.createdAt, t.id),
    index('complaints_user_created_idx').on(t.userId, t.createdAt, t.id),
  ],
);

export const disciplineRecords = sqliteTable(
  'discipline_records',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    date: text('date').notNull(),
    description: text('description').notNull(),
    points: real('points').notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('discipline_user_date_idx').on(t.userId, t.date),
    index('discipline_created_idx').on(t.createdAt, t.id),
    index('discipline_user_created_idx').on(t.userId, t.createdAt, t.id),
  ],
);

/** A finalized scorecard: a snapshot that later input changes do not alter. */
export const scorecards = sqliteTable(
  'scorecards',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    month: text('month').notNull(),
    status: text('status', { enum: ['final', 'reopened'] }).notNull(),
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    finalizedAt: text('finalized_at'),
    finalizedBy: text('finalized_by'),
    reopenedAt: text('reopened_at'),
    reopenNote: text('reopen_note'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] }), index('scorecards_month_idx').on(t.month)],
);
