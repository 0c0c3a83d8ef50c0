import { setImmediate } from 'node:timers';
import { connectionOf, type Db } from './client.js';

/**
 * Group commit: the write transactions that arrive together share one SQLite commit.
 *
 * With `synchronous=FULL` every commit waits for the disk (an fsync of the WAL): a few hundred a
 * second on good hardware, barely a hundred on a busy virtual disk. Each request's work runs in
 * its own savepoint inside one transaction that collects everything queued in the same turn of
 * the event loop; when that transaction has committed, and only then, every request in it gets
 * its answer. A request whose work throws is rolled back to its savepoint alone and answered
 * with its error; the others commit. If the commit itself fails, all of them fail: nothing is
 * acknowledged that is not on disk.
 *
 * The work must be synchronous (better-sqlite3): it may call `db.transaction` as usual, which
 * nests as a savepoint.
 */
interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Queue {
  jobs: Job[];
  scheduled: boolean;
}

/** Enough to amortise the fsync; small enough that one batch never holds the loop for long. */
const MAX_BATCH = 64;
const queues = new WeakMap<Db, Queue>();

function flush(db: Db, queue: Queue): void {
  const jobs = queue.jobs.splice(0, MAX_BATCH);
  queue.scheduled = queue.jobs.length > 0;
  if (queue.scheduled) setImmediate(() => flush(db, queue));
  const sqlite = connectionOf(db);
  const outcomes: ({ ok: true; value: unknown } | { ok: false; err: unknown })[] = [];
  try {
    sqlite.transaction(() => {
      for (const job of jobs) {
        try {
          outcomes.push({ ok: true, value: sqlite.transaction(job.work)() });
        } catch (err) {
          outcomes.push({ ok: false, err });
        }
      }
    }).immediate();
  } catch (err) {
    for (const job of jobs) job.reject(err);
    return;
  }
  jobs.forEach((job, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.err);
  });
}

/** Runs `work` in the next group commit; resolves once its transaction is durable. */
export function commitInGroup<T>(db: Db, work: () => T): Promise<T> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { jobs: [], scheduled: false }));
  const q = queue;
  return new Promise<T>((resolve, reject) => {
    q.jobs.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!q.scheduled) {
      q.scheduled = true;
      setImmediate(() => flush(db, q));
    }
  });
}
