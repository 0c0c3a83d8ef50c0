import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt, version } from './common.js';
import { roles } from './organisation.js';

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roleCode: text('role_code')
      .notNull()
      .references(() => roles.code),
    managerId: text('manager_id'),
    region: text('region'),
    startDate: text('start_date').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // team visibility walks the manager chain downwards
    index('users_manager_idx').on(t.managerId),
    index('users_role_idx').on(t.roleCode),
    // GET /users newest first (created_at, id)
    index('users_created_idx').on(t.createdAt, t.id),
  ],
);

export const refreshTokens = sqliteTable(
  'refresh_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    familyId: text('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    revokedAt: text('revoked_at'),
    createdAt: createdAt(),
  },
  // reuse of a spent token revokes the whole family
  (t) => [index('refresh_tokens_family_idx').on(t.familyId)],
);

export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    /** The client address the attempt came from ('' for rows older than this column). */
    source: text('source').notNull().default(''),
    at: text('at').notNull(),
  },
  // throttling counts failures for one username (the ceiling) and for one username and source
  (t) => [
    index('login_failures_username_at_idx').on(t.username, t.at),
    index('login_failures_username_source_at_idx').on(t.username, t.source, t.at),
    index('login_failures_at_idx').on(t.at),
  ],
);

export const apiClients = sqliteTable('api_clients', {
  clientId: text('client_id').primaryKey(),
  name: text('name').notNull(),
  secretHash: text('secret_hash').notNull(),
  scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
  createdBy: text('created_by'),
  createdAt: createdAt(),
  revokedAt: text('revoked_at'),
});
