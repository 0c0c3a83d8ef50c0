import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { flagWorkLogVague, getWorkLog, writeWorkLogFrom } from '../../db/repos/work.js';
import { makeApp, seedOrg, type Org, type TestContext } from '../../test/helpers.js';

/*
 * A work log's PUT writes from the state it read (what the log's ETag hashes), in the write's
 * WHERE: a log stored, rewritten or flagged between the read and the write is 409 (the verb), never
 * overwritten.
 */

jest.setTimeout(60_000);

let t: TestContext;
let org: Org;

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
}, 120_000);
afterAll(async () => t.close());

describe('the state read is in the write', () => {
  it('a first log is not inserted over one stored meanwhile; a rewrite from a stale read writes nothing', () => {
    const db = t.app.db;
    const userId = org.ids.r1!;
    const date = '2026-05-06';
    const first = writeWorkLogFrom(db, { userId, date, content: 'first', submittedAt: '2026-05-06T10:00:00.000Z' }, undefined)!;
    expect(first).toMatchObject({ content: 'first' });
    // a second write that read "no log" before the first stored it
    expect(writeWorkLogFrom(db, { userId, date, content: 'other', submittedAt: '2026-05-06T10:00:01.000Z' }, undefined)).toBeUndefined();
    const second = writeWorkLogFrom(db, { userId, date, content: 'second', submittedAt: '2026-05-06T11:00:00.000Z' }, first)!;
    expect(second).toMatchObject({ content: 'second', submittedAt: '2026-05-06T11:00:00.000Z' });
    // a rewrite that read the first version
    expect(writeWorkLogFrom(db, { userId, date, content: 'lost', submittedAt: '2026-05-06T12:00:00.000Z' }, first)).toBeUndefined();
    // flagged vague after the read: the rewrite that read it unflagged writes nothing, and the flag stays
    flagWorkLogVague(db, userId, date, { by: org.ids.m1!, at: '2026-05-06T13:00:00.000Z', note: null });
    expect(writeWorkLogFrom(db, { userId, date, content: 'lost', submittedAt: '2026-05-06T14:00:00.000Z' }, second)).toBeUndefined();
    const flagged = getWorkLog(db, userId, date)!;
    expect(flagged).toMatchObject({ content: 'second', vagueFlaggedAt: '2026-05-06T13:00:00.000Z' });
    expect(writeWorkLogFrom(db, { userId, date, content: 'third', submittedAt: '2026-05-06T15:00:00.000Z' }, flagged)).toMatchObject({
      content: 'third',
      vagueFlaggedAt: '2026-05-06T13:00:00.000Z',
    });
  });
});
