// A write queued on the phone until the server has it: the record the outbox keeps in IndexedDB.
// Its own module: the database schema (db.ts) stores it and the outbox (outbox.ts) opens the
// database, so neither may import the other for it.

export type OutboxKind = 'visit' | 'return';
export type OutboxStatus = 'pending' | 'synced' | 'failed';

export interface OutboxPhoto {
  name: string;
  type: string;
  blob: Blob;
  label: 'shelf' | 'signature';
  uploaded: boolean;
  /** A permanent refusal of this one file (too large, wrong type); the visit still counts. */
  error: string | null;
}

export interface OutboxError {
  status: number;
  title: string;
  detail: string | null;
}

export interface OutboxItem {
  /** The client-generated UUID the server stores the record under (exactly-once key). */
  id: string;
  kind: OutboxKind;
  ownerId: string;
  body: { id: string } & Record<string, unknown>;
  /** What the rep sees in the list, without parsing the body. */
  summary: { title: string; subtitle?: string };
  photos: OutboxPhoto[];
  status: OutboxStatus;
  /** The server acknowledged the body; only the photos may still be on their way. */
  stored: boolean;
  attempts: number;
  nextAttemptAt: number;
  lastError: OutboxError | null;
  createdAt: number;
  syncedAt: number | null;
  result: unknown;
}
