import { index, integer, type AnySQLiteColumn, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, version } from './common.js';
import { users } from './users.js';

/** A scoring record's identity: its id and the user it counts for. */
const recordColumns = () => ({
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
});

/** A record list newest first (created_at, id): everyone's, or one user's. */
const listIndexes = (prefix: string, t: { userId: AnySQLiteColumn; createdAt: AnySQLiteColumn; id: AnySQLiteColumn }) => [
  index(`${prefix}_created_idx`).on(t.createdAt, t.id),
  index(`${prefix}_user_created_idx`).on(t.userId, t.createdAt, t.id),
];

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
    ...recordColumns(),
    date: text('date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    reference: text('reference'),
    createdAt: createdAt(),
  },
  // the scorecard's sums by user and date; the list newest first (created_at, id), everyone's or a user's
  (t) => [index('collections_user_date_idx').on(t.userId, t.date), ...listIndexes('collections', t)],
);

export const marketPlans = sqliteTable(
  'market_plans',
  {
    ...recordColumns(),
    month: text('month').notNull(),
    level: text('level', { enum: ['first', 'second'] }).notNull(),
    name: text('name').notNull(),
    storeId: text('store_id'),
    completedDate: text('completed_date'),
    createdAt: createdAt(),
  },
  (t) => [index('market_plans_user_month_idx').on(t.userId, t.month), ...listIndexes('market_plans', t)],
);

export const complaints = sqliteTable(
  'complaints',
  {
    ...recordColumns(),
    date: text('date').notNull(),
    storeId: text('store_id'),
    description: text('description').notNull(),
    valid: integer('valid', { mode: 'boolean' }),
    validatedBy: text('validated_by'),
    createdAt: createdAt(),
  },
  (t) => [index('complaints_user_date_idx').on(t.userId, t.date), ...listIndexes('complaints', t)],
);

export const disciplineRecords = sqliteTable(
  'discipline_records',
  {
    ...recordColumns(),
    date: text('date').notNull(),
    description: text('description').notNull(),
    points: real('points').notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('discipline_user_date_idx').on(t.userId, t.date), ...listIndexes('discipline', t)],
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
