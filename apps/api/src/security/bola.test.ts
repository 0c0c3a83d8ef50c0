// OWASP API1 (broken object-level authorisation): every record with an id, asked for by every
// kind of caller. Whoever may not see a record gets exactly what they would get for an id that
// does not exist (404, or 403 when they lack the endpoint's permission altogether), and a
// refused request writes nothing (a checksum of every table is unchanged).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Client, Res } from '../test/helpers.js';
import { buildWorld, dbChecksum, shape, unknownId, type World } from '../test/security-world.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 120_000);
afterAll(async () => w?.t.close());

type Caller = keyof World['as'];
/** Reps see only themselves; managers their team; admins and API clients with scopes everyone. */
const ALLOWED: Caller[] = ['r1', 'm1', 'gm', 'admin'];
/** The teammate, the other team, and a user whose role grants nothing. */
const WRONG: Caller[] = ['r1b', 'r2', 'm2', 'nobody'];

interface Read {
  name: string;
  url: (w: World, own: boolean) => string;
  /** Who may read it, when not ALLOWED. */
  allowed?: Caller[];
  /** Master data: every API client reads it, whatever its scopes. */
  anyClient?: boolean;
}

const id = (w: World, key: string, own: boolean) => (own ? w.own[key]! : unknownId());
const READS: Read[] = [
  { name: 'visit', url: (w, o) => `/visits/${id(w, 'visit', o)}` },
  { name: 'photo', url: (w, o) => `/visits/${w.own.visit}/photos/${id(w, 'photo', o)}` },
  { name: 'photo of an unseen visit', url: (w, o) => `/visits/${id(w, 'visit', o)}/photos/${w.own.photo}` },
  { name: 'promotion', url: (w, o) => `/promotions/${id(w, 'promotionDraft', o)}` },
  { name: 'promotion effect', url: (w, o) => `/promotions/${id(w, 'promotionPending', o)}/effect` },
  { name: 'return', url: (w, o) => `/returns/${id(w, 'returnPending', o)}` },
  { name: 'task', url: (w, o) => `/tasks/${id(w, 'task', o)}` },
  { name: 'work log', url: (w, o) => `/work-logs/${o ? w.ids.r1 : unknownId()}/${w.logDate}` },
  { name: 'market survey', url: (w, o) => `/market-surveys/${id(w, 'survey', o)}` },
  { name: 'market plan', url: (w, o) => `/market-plans/${id(w, 'marketPlan', o)}` },
  { name: 'complaint', url: (w, o) => `/complaints/${id(w, 'complaint', o)}` },
  { name: 'collection plan', url: (w, o) => `/collection-plans/${o ? w.ids.r1 : unknownId()}/${w.month}` },
  { name: 'scorecard', url: (w, o) => `/scorecards/${o ? w.ids.r1 : unknownId()}/${w.month}` },
  { name: 'user', url: (w, o) => `/users/${o ? w.ids.r1 : unknownId()}` },
  { name: 'store', url: (w, o) => `/stores/${o ? w.ids.S1 : unknownId()}`, anyClient: true },
  { name: 'list filtered by the user', url: (w, o) => `/work-logs?userId=${o ? w.ids.r1 : unknownId()}` },
  { name: 'surveys filtered by the user', url: (w, o) => `/market-surveys?userId=${o ? w.ids.r1 : unknownId()}` },
  { name: 'collections filtered by the user', url: (w, o) => `/collections?userId=${o ? w.ids.r1 : unknownId()}` },
  { name: 'ranking of a team', url: (w, o) => `/scorecards?month=${w.month}&managerId=${o ? w.ids.m1 : unknownId()}`, allowed: ['m1', 'gm', 'admin'] },
];

type Method = 'post' | 'put' | 'patch' | 'delete';
interface Action {
  name: string;
  /** Callers that hold the permission the action needs, but not the record. */
  wrong: Caller[];
  method: Method;
  url: (w: World, own: boolean) => string;
  body?: (w: World, own: boolean) => object;
}

const ACTIONS: Action[] = [
  { name: 'add a photo', wrong: ['r1b', 'r2', 'm2'], method: 'post', url: (w, o) => `/visits/${id(w, 'visit', o)}/photos` },
  { name: 'submit a promotion', wrong: ['r1b', 'r2'], method: 'post', url: (w, o) => `/promotions/${id(w, 'promotionDraft', o)}/submit`, body: () => ({}) },
  { name: 'withdraw a promotion', wrong: ['r1b', 'r2'], method: 'post', url: (w, o) => `/promotions/${id(w, 'promotionPending', o)}/withdraw`, body: () => ({}) },
  { name: 'approve a promotion', wrong: ['m2'], method: 'post', url: (w, o) => `/promotions/${id(w, 'promotionPending', o)}/approve`, body: () => ({}) },
  { name: 'reject a promotion', wrong: ['m2'], method: 'post', url: (w, o) => `/promotions/${id(w, 'promotionPending', o)}/reject`, body: () => ({ note: 'no' }) },
  {
    name: 'report a promotion',
    wrong: ['r1b', 'r2'],
    method: 'post',
    url: (w, o) => `/promotions/${id(w, 'promotionPending', o)}/report`,
    body: () => ({ actualMaterials: [], actualStaff: 1, actualCost: 1, actualEffect: 'x', issues: 'x', improvementPlan: 'x' }),
  },
  { name: 'approve a return', wrong: ['m2'], method: 'post', url: (w, o) => `/returns/${id(w, 'returnPending', o)}/approve`, body: () => ({}) },
  { name: 'reject a return', wrong: ['m2'], method: 'post', url: (w, o) => `/returns/${id(w, 'returnPending', o)}/reject`, body: () => ({ note: 'no' }) },
  { name: 'execute a return', wrong: ['r1b', 'r2', 'm2'], method: 'post', url: (w, o) => `/returns/${id(w, 'returnApproved', o)}/execute`, body: () => ({ refundAmount: 1 }) },
  { name: 'complete a task', wrong: ['r1b', 'r2'], method: 'post', url: (w, o) => `/tasks/${id(w, 'task', o)}/complete`, body: () => ({}) },
  { name: 'review a task', wrong: ['m2'], method: 'post', url: (w, o) => `/tasks/${id(w, 'taskDone', o)}/review`, body: () => ({ meetsRequirements: false }) },
  { name: 'flag a work log', wrong: ['m2'], method: 'post', url: (w, o) => `/work-logs/${o ? w.ids.r1 : unknownId()}/${w.logDate}/flag-vague`, body: () => ({}) },
  { name: 'grade a survey', wrong: ['m2'], method: 'post', url: (w, o) => `/market-surveys/${id(w, 'survey', o)}/grade`, body: () => ({ penalty: 5 }) },
  { name: 'complete a market plan', wrong: ['m2'], method: 'post', url: (w, o) => `/market-plans/${id(w, 'marketPlan', o)}/complete`, body: (w) => ({ date: `${w.month}-20` }) },
  { name: 'validate a complaint', wrong: ['m2'], method: 'post', url: (w, o) => `/complaints/${id(w, 'complaint', o)}/validate`, body: () => ({ valid: true }) },
  { name: 'set a collection plan', wrong: ['m2'], method: 'put', url: (w, o) => `/collection-plans/${o ? w.ids.r1 : unknownId()}/${w.month}`, body: () => ({ amount: 1 }) },
  { name: 'finalize a scorecard', wrong: ['m2'], method: 'post', url: (w, o) => `/scorecards/${o ? w.ids.r1 : unknownId()}/${w.month}/finalize`, body: () => ({}) },
  { name: 'reopen a scorecard', wrong: ['m2'], method: 'post', url: (w, o) => `/scorecards/${o ? w.ids.r1 : unknownId()}/${w.month}/reopen`, body: () => ({ note: 'x' }) },
  // Creates that name someone else's record inside the body.
  { name: 'book a collection for', wrong: ['m2'], method: 'post', url: () => '/collections', body: (w, o) => ({ userId: o ? w.ids.r1 : unknownId(), date: `${w.month}-02`, amount: 1 }) },
  { name: 'record discipline for', wrong: ['m2'], method: 'post', url: () => '/discipline-records', body: (w, o) => ({ userId: o ? w.ids.r1 : unknownId(), date: `${w.month}-02`, description: 'x', points: 2 }) },
  { name: 'plan a market for', wrong: ['m2'], method: 'post', url: () => '/market-plans', body: (w, o) => ({ userId: o ? w.ids.r1 : unknownId(), month: w.month, level: 'first', name: 'x' }) },
  { name: 'file a complaint about', wrong: ['m2'], method: 'post', url: () => '/complaints', body: (w, o) => ({ userId: o ? w.ids.r1 : unknownId(), date: `${w.month}-02`, description: 'x' }) },
  { name: 'assign a task to', wrong: ['m2'], method: 'post', url: () => '/tasks', body: (w, o) => ({ title: 'x', description: 'x', assigneeId: o ? w.ids.r1 : unknownId(), dueAt: new Date(Date.now() + 86_400_000).toISOString() }) },
  {
    name: 'log a visit at the store of',
    wrong: ['r1b', 'r2'],
    method: 'post',
    url: () => '/visits',
    body: (w, o) => ({ storeId: o ? w.ids.S1 : unknownId(), checkInAt: new Date(Date.now() - 3_600_000).toISOString(), lines: [] }),
  },
  {
    name: 'request a return at the store of',
    wrong: ['r1b', 'r2'],
    method: 'post',
    url: () => '/returns',
    body: (w, o) => ({ storeId: o ? w.ids.S1 : unknownId(), productId: w.ids.P1, qty: 1, reason: 'quality_defect' }),
  },
];

async function send(c: Client, a: Action, own: boolean): Promise<Res> {
  const url = a.url(w, own);
  if (a.method === 'delete') return c.delete(url);
  if (url.endsWith('/photos')) {
    // multipart: the refusal must come before the upload is looked at
    return c.post(url, {});
  }
  return c[a.method](url, a.body?.(w, own) ?? {});
}

describe('reads: the wrong caller cannot tell a record from one that does not exist', () => {
  it.each(READS.map((r) => [r.name, r] as const))('%s', async (_name, read) => {
    for (const who of read.allowed ?? ALLOWED) {
      // Seen: 200, or a state answer such as 409 for the effect of a promotion not yet run.
      const res = await w.as[who].get(read.url(w, true));
      expect({ who, seen: res.status !== 403 && res.status !== 404 }).toEqual({ who, seen: true });
    }
    for (const who of WRONG) {
      const real = await w.as[who].get(read.url(w, true));
      const made = await w.as[who].get(read.url(w, false));
      expect({ who, ...shape(real) }).toEqual({ who, ...shape(made) });
      expect([403, 404]).toContain(real.status);
      if (who !== 'nobody') expect({ who, status: real.status }).toEqual({ who, status: 404 });
    }
    // A scopeless API client is refused too, the same way for real and made-up ids.
    if (read.anyClient) return;
    const real = await w.as.scopeless.get(read.url(w, true));
    expect(real.status).not.toBe(200);
    expect(shape(real)).toEqual(shape(await w.as.scopeless.get(read.url(w, false))));
  });

  it('lists never carry records of others', async () => {
    const ownIds = Object.values(w.own);
    for (const who of ['r1b', 'r2', 'm2'] as const) {
      for (const url of ['/visits?limit=200', '/promotions?limit=200', '/returns?limit=200', '/tasks?limit=200', '/market-surveys?limit=200', '/market-plans?limit=200', '/complaints?limit=200', '/work-logs?limit=200', '/collections?limit=200', '/discipline-records?limit=200', `/visits?storeId=${w.ids.S1}`, `/visits?repId=${w.ids.r1}`, '/inbox', `/scorecards?month=${w.month}`, '/stores?limit=200', '/users?limit=200']) {
        const res = await w.as[who].get(url);
        expect({ who, url, status: res.status < 500 }).toEqual({ who, url, status: true });
        for (const ownId of [...ownIds, w.ids.r1!, w.ids.S1!]) {
          if (who === 'm2' && url.startsWith('/scorecards')) continue; // ranking shows names only of the own team (checked below)
          expect({ who, url, leaks: res.text.includes(ownId) }).toEqual({ who, url, leaks: false });
        }
      }
    }
    const ranking = await w.as.m2.get(`/scorecards?month=${w.month}`);
    expect(ranking.text).not.toContain(w.ids.r1);
  });
});

describe('actions: the wrong caller is refused as for a missing record, and nothing changes', () => {
  it.each(ACTIONS.map((a) => [a.name, a] as const))('%s', async (_name, action) => {
    for (const who of [...action.wrong, 'nobody', 'scopeless'] as Caller[]) {
      const before = dbChecksum(w.t.app);
      const real = await send(w.as[who], action, true);
      expect({ who, checksumUnchanged: dbChecksum(w.t.app) === before }).toEqual({ who, checksumUnchanged: true });
      const made = await send(w.as[who], action, false);
      expect(dbChecksum(w.t.app)).toBe(before);
      expect({ who, ...shape(real) }).toEqual({ who, ...shape(made) });
      expect({ who, refused: real.status === 403 || real.status === 404 }).toEqual({ who, refused: true });
      if (action.wrong.includes(who)) expect({ who, status: real.status }).toEqual({ who, status: 404 });
    }
  });
});
