import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, version } from './common.js';

/** One row (id = 1): the organisation's settings as JSON, validated by the domain package. */
export const settings = sqliteTable('settings', {
  id: integer('id').primaryKey(),
  data: text('data', { mode: 'json' }).notNull(),
  version: version(),
  updatedAt: text('updated_at').notNull(),
});

/** Working-day calendar per year: holidays and make-up working days (调休). */
export const calendarYears = sqliteTable('calendar_years', {
  year: integer('year').primaryKey(),
  holidays: text('holidays', { mode: 'json' }).$type<string[]>().notNull(),
  workdays: text('workdays', { mode: 'json' }).$type<string[]>().notNull(),
  version: version(),
  updatedAt: text('updated_at').notNull(),
});

/** A role definition (岗位说明书); every save appends a version, the row points at the newest. */
export const roles = sqliteTable('roles', {
  code: text('code').primaryKey(),
  currentVersion: integer('current_version').notNull(),
  createdAt: createdAt(),
});

export const roleVersions = sqliteTable(
  'role_versions',
  {
    code: text('code')
      .notNull()
      .references(() => roles.code),
    version: integer('version').notNull(),
    data: text('data', { mode: 'json' }).notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    /**
     * The first month (YYYY-MM) whose scorecards use this version: a month uses the newest version
     * effective by then. Null for versions saved before it existed: they took effect in the month
     * they were saved (local time), which the repository reads it as.
     */
    effectiveFrom: text('effective_from'),
    /** Why it was saved (the change note). */
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.code, t.version] })],
);
