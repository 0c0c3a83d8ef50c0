import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listAudit } from '../db/repos/audit.js';
import { getTask, insertTask, updateTask, type TaskRow } from '../db/repos/tasks.js';
import { getUserByUsername } from '../db/repos/users.js';
import { makeApp, type TestContext } from '../test/helpers.js';
import { errorCodeOf } from '../test/callers.js';
import type { Caller } from './caller.js';
import { newId } from './ids.js';
import type { Principal } from './principal.js';
import { versionedUpdate } from './versioned-update.js';

let t: TestContext;
let adminId: string;

beforeAll(async () => {
  t = await makeApp();
  adminId = getUserByUsername(t.app.db, t.config.adminUsername)!.id;
}, 120_000);
afterAll(async () => t.close());

/** The caller the helper reads: who, the request id for the audit entry, the If-Match sent. */
const callerWith = (ifMatch?: string): Caller => ({
  principal: { id: adminId, kind: 'user' } as Principal,
  locale: 'en',
  requestId: 'req-1',
  ...(ifMatch !== undefined && { ifMatch }),
});

function aTask(): TaskRow {
  return insertTask(t.app.db, {
    id: newId(),
    title: 'check the shelf',
    description: '',
    assigneeId: adminId,
    assignerId: adminId,
    dueAt: '2026-10-05T02:00:00.000Z',
    status: 'open',
    source: 'manual',
    dutyKey: null,
    scored: true,
    createdAt: '2026-10-01T02:00:00.000Z',
  });
}

/** Renames a task through the helper; `visible` and `beforeUpdate` stand in for a route's checks and a concurrent writer. */
function rename(id: string, ifMatch?: string, opts: { visible?: boolean; beforeUpdate?: () => void } = {}) {
  const run = () =>
    versionedUpdate(t.app.db, callerWith(ifMatch), {
      entity: 'task',
      action: 'rename',
      notFound: 'task',
      conflict: 'the task changed meanwhile',
      load: (tx) => (opts.visible === false ? undefined : getTask(tx, id)),
      update: (tx, before) => {
        opts.beforeUpdate?.();
        return updateTask(tx, before.id, before.version, { title: 'renamed' });
      },
    });
  return { run };
}

const codeOf = errorCodeOf;

const auditsOf = (id: string) => listAudit(t.app.db, { entity: 'task', entityId: id, limit: 10 });

describe('versionedUpdate', () => {
  it('updates the row with its version and audits before and after', () => {
    const task = aTask();
    const after = rename(task.id, `"v${task.version}"`).run();
    expect(after).toMatchObject({ title: 'renamed', version: task.version + 1 });
    const [entry] = auditsOf(task.id);
    expect(entry).toMatchObject({ action: 'rename', actorId: adminId, requestId: 'req-1' });
    expect(entry!.before).toMatchObject({ title: 'check the shelf' });
    expect(entry!.after).toMatchObject({ title: 'renamed' });
  });

  it('is 404 for a row that is absent or not visible, and writes nothing', () => {
    const task = aTask();
    expect(codeOf(rename(newId()).run)).toBe('NOT_FOUND');
    expect(codeOf(rename(task.id, undefined, { visible: false }).run)).toBe('NOT_FOUND');
    expect(getTask(t.app.db, task.id)!.title).toBe('check the shelf');
    expect(auditsOf(task.id)).toHaveLength(0);
  });

  it('is 412 when If-Match names another version, and writes nothing; * and a weak tag match', () => {
    const task = aTask();
    const stale = rename(task.id, `"v${task.version + 3}"`);
    expect(codeOf(stale.run)).toBe('PRECONDITION_FAILED');
    expect(getTask(t.app.db, task.id)!.version).toBe(task.version);
    expect(auditsOf(task.id)).toHaveLength(0);
    expect(rename(task.id, '*').run().version).toBe(task.version + 1);
    expect(rename(task.id, `W/"v${task.version + 1}"`).run().version).toBe(task.version + 2);
  });

  it('is 409 when the row changed between the load and the update (no row matched the version), and writes nothing', () => {
    const task = aTask();
    const raced = rename(task.id, undefined, {
      beforeUpdate: () => updateTask(t.app.db, task.id, task.version, { title: 'the other writer' }),
    });
    expect(codeOf(raced.run)).toBe('CONFLICT');
    // The whole transaction rolled back: the other write (made inside it here) is gone too, no audit entry.
    expect(getTask(t.app.db, task.id)).toMatchObject({ title: 'check the shelf', version: task.version });
    expect(auditsOf(task.id)).toHaveLength(0);
  });
});
