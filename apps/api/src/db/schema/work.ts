import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, version } from './common.js';
import { users } from './users.js';

export const tasks = sqliteTable(
  'tasks',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    assigneeId: text('assignee_id')
      .notNull()
      .references(() => users.id),
    assignerId: text('assigner_id'),
    dueAt: text('due_at').notNull(),
    status: text('status', { enum: ['open', 'done', 'accepted', 'failed'] }).notNull(),
    completedAt: text('completed_at'),
    completionNote: text('completion_note'),
    reviewedAt: text('reviewed_at'),
    reviewNote: text('review_note'),
    source: text('source', { enum: ['manual', 'duty'] }).notNull(),
    /** For duty checklist tasks: role, duty, period and user; unique so a period is generated once. */
    dutyKey: text('duty_key'),
    /** Counts in the scorecard's assigned_task line. */
    scored: integer('scored', { mode: 'boolean' }).notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('tasks_assignee_due_idx').on(t.assigneeId, t.dueAt),
    index('tasks_assigner_status_idx').on(t.assignerId, t.status),
    uniqueIndex('tasks_duty_key_idx').on(t.dutyKey),
  ],
);

export const workLogs = sqliteTable(
  'work_logs',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    date: text('date').notNull(),
    content: text('content').notNull(),
    submittedAt: text('submitted_at').notNull(),
    vagueFlaggedAt: text('vague_flagged_at'),
    vagueFlaggedBy: text('vague_flagged_by'),
    vagueNote: text('vague_note'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.date] })],
);

export const marketSurveys = sqliteTable(
  'market_surveys',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    month: text('month').notNull(),
    content: text('content').notNull(),
    submittedAt: text('submitted_at').notNull(),
    penalty: real('penalty'),
    gradedBy: text('graded_by'),
    gradedAt: text('graded_at'),
    version: version(),
  },
  (t) => [uniqueIndex('market_surveys_user_month_idx').on(t.userId, t.month)],
);
