import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from './outbox-item';

/** Offline data that must survive a reload: queued writes, cached reads, unfinished visits. */
export interface FieldbeatDB extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { byOwner: string } };
  cache: { key: string; value: CacheEntry };
  drafts: { key: string; value: DraftEntry; indexes: { byOwner: string } };
}

export interface CacheEntry<T = unknown> {
  /** `<userId>|<path>`: cached answers belong to the user who received them. */
  key: string;
  data: T;
  savedAt: number;
}

export interface DraftEntry<T = unknown> {
  id: string;
  ownerId: string;
  kind: 'visit';
  data: T;
  updatedAt: number;
}

export const DB_NAME = 'fieldbeat';
const DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<FieldbeatDB>> | null = null;

export function openFieldbeatDb(name = DB_NAME): Promise<IDBPDatabase<FieldbeatDB>> {
  return openDB<FieldbeatDB>(name, DB_VERSION, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('byOwner', 'ownerId');
      db.createObjectStore('cache', { keyPath: 'key' });
      const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
      drafts.createIndex('byOwner', 'ownerId');
    },
    blocking() {
      // A newer version of the app wants to upgrade: let it.
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
  });
}

export function getDb(): Promise<IDBPDatabase<FieldbeatDB>> {
  if (!dbPromise) dbPromise = openFieldbeatDb();
  return dbPromise;
}

