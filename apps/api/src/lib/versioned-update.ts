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

export interface VersionedUpdate<Row extends Versioned, Decided> {
  /** The audit entry's entity (`market_survey`) and action (`grade`). */
  entity: string;
  action: string;
  /** What the 404 names (`market survey`), and the 409's message when the row changed meanwhile. */
  notFound: string;
  conflict: string;
  /** The row as the caller may see it: undefined when it is absent or not visible (both 404). */
  load: (tx: Tx) => Row | undefined;
  /**
   * Refusals the caller hears before a stale copy's 412 (who may act, what the rule refuses for
   * anyone), and what `update` needs from them. Without it, If-Match is checked right after the load.
   */
  decide?: (tx: Tx, before: Row) => Decided;
  /**
   * Checks against the current row that come after If-Match, then the UPDATE with
   * `before.version` in its WHERE: undefined (no row matched) is the 409.
   */
  update: (tx: Tx, before: Row, decided: Decided) => Row | undefined;
}

/**
 * The one sequence of a versioned write, in one synchronous transaction: load the visible row
 * (404), decide, If-Match (412), update with the version in the WHERE (409), audit (before and
 * after). Returns the updated row: the route answers its view with the ETag of its version
 * (`setEtag(reply, row.version)`). No HTTP here, so the demo and the jobs can call the same verbs.
 */
export function versionedUpdate<Row extends Versioned, Decided = undefined>(
  db: Db,
  caller: Caller,
  spec: VersionedUpdate<Row, Decided>,
): Row {
  const updated = db.transaction((tx) => {
    const before = spec.load(tx);
    if (!before) throw notFound(spec.notFound);
    const decided = spec.decide ? spec.decide(tx, before) : (undefined as Decided);
    checkVersion(caller.ifMatch, before.version);
    const after = spec.update(tx, before, decided);
    if (!after) throw conflict(spec.conflict);
    writeAudit(tx, { ...actorOf(caller.principal), action: spec.action, entity: spec.entity, entityId: before.id, before, after, requestId: caller.requestId });
    return after;
  });
  return updated;
}
