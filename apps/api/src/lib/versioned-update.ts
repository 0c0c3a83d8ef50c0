import type { Db, Tx } from '../db/client.js';
import { writeAudit } from '../db/repos/audit.js';
import { conflict, notFound } from './errors.js';
import type { Caller } from './caller.js';
import { checkVersion } from './etag.js';
import { actorOf } from './principal.js';

/** A row that optimistic concurrency guards: its `version` is the ETag and goes in the UPDATE's WHERE. */
export interface Versioned {
  id: string;
  version: number;
}

/** Write `load` before the other callbacks: their parameters are typed by the row it returns. */
export interface VersionedUpdate<Row extends { version: number }, Decided> {
  /** The audit entry's entity (`market_survey`) and action (`grade`; `update` by default). */
  entity: string;
  action?: string;
  /**
   * What the 404 names (the entity with spaces, `market survey`, by default), and the 409's
   * message when the row changed meanwhile (`the market survey changed meanwhile` by default).
   */
  notFound?: string;
  conflict?: string;
  /** The row as the caller may see it: undefined when it is absent or not visible (both 404). */
  load: (tx: Tx) => Row | undefined;
  /**
   * Refusals the caller hears before a stale copy's 412 (who may act, what the rule refuses for
   * anyone), and what `update` needs from them. Without it, If-Match is checked right after the load.
   */
  decide?: (tx: Tx, before: Row) => Decided;
  /**
   * Checks against the current row that come after If-Match, then the write with `before.version`
   * in its WHERE — an UPDATE, an upsert of a singleton, or the insert of the next version (a
   * role), guarded so that it matches nothing when the version moved on: undefined (nothing
   * matched) is the 409, never a constraint's error.
   */
  update: (tx: Tx, before: Row, decided: Decided) => Row | undefined;
  /** What the audit entry records of the row, before and after: the row itself by default. */
  audited?: (row: Row) => unknown;
  /** The audit entry's entity id: the row's `id` by default (`keyedVersionedUpdate` requires it). */
  entityId?: (row: Row) => string;
}

/**
 * Where a concurrent writer would get in on a server database: inside the transaction, after the
 * load and before the update. Unset in production; a test sets it to show that a version moved on
 * meanwhile is the 409 and writes nothing, through the real verb (and resets it after).
 */
export const interleave: { afterLoad?: (tx: Tx, entity: string) => void } = {};

/**
 * The one sequence of a versioned write, in one synchronous transaction: load the visible row
 * (404), decide, If-Match (412), update with the version in the WHERE (409), audit (before and
 * after). Returns the updated row: the route answers its view with the ETag of its version
 * (`setEtag(reply, row.version)`). No HTTP here, so the demo and the jobs can call the same verbs.
 */
export function versionedUpdate<Row extends Versioned, Decided = undefined>(db: Db, caller: Caller, spec: VersionedUpdate<Row, Decided>): Row {
  return keyedVersionedUpdate(db, caller, { ...spec, entityId: spec.entityId ?? ((row) => row.id) });
}

/**
 * `versionedUpdate` for a row without an `id`, which names its audit entry's entity id: a role
 * (its code; the update inserts the next version), a calendar year, the one settings row.
 */
export function keyedVersionedUpdate<Row extends { version: number }, Decided = undefined>(
  db: Db,
  caller: Caller,
  spec: VersionedUpdate<Row, Decided> & { entityId: (row: Row) => string },
): Row {
  const audited = spec.audited ?? ((row: Row) => row);
  const named = spec.notFound ?? spec.entity.replaceAll('_', ' ');
  const updated = db.transaction((tx) => {
    const before = spec.load(tx);
    if (!before) throw notFound(named);
    const decided = spec.decide ? spec.decide(tx, before) : (undefined as Decided);
    checkVersion(caller.ifMatch, before.version);
    interleave.afterLoad?.(tx, spec.entity);
    const after = spec.update(tx, before, decided);
    if (!after) throw conflict(spec.conflict ?? `the ${named} changed meanwhile`);
    writeAudit(tx, {
      ...actorOf(caller.principal),
      action: spec.action ?? 'update',
      entity: spec.entity,
      entityId: spec.entityId(before),
      before: audited(before),
      after: audited(after),
      requestId: caller.requestId,
    });
    return after;
  });
  return updated;
}
