import { integer, text } from 'drizzle-orm/sqlite-core';

/** Optimistic-concurrency version, exposed as the ETag of updatable resources. */
export const version = () => integer('version').notNull().default(1);
export const createdAt = () => text('created_at').notNull();
export const updatedAt = () => text('updated_at').notNull();
