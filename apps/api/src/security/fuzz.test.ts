// Property-based fuzzing of every endpoint the OpenAPI document names: bodies and queries drawn
// from each operation's own schema (so most requests get past validation into the handlers),
// mutated, or arbitrary JSON; path ids from the real records. Properties, for every request:
//   - never a 5xx;
//   - an error is problem+json and carries no stack trace or SQL;
//   - a refused request (4xx) leaves the database unchanged (a checksum of every table).
// Bounded: a fixed number of runs per operation, so the file takes well under a minute.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BACKGROUND, buildWorld, changedTables, tableDigests, type World } from '../test/security-world.js';

let w: World;
const ops: Operation[] = [];
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

interface Operation {
  method: string;
  path: string;
  query: Record<string, Schema>;
  body: Schema | undefined;
}

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
};

/** What a leaked internal looks like in an error answer. */
const INTERNALS = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|SQLITE_|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|no such (table|column)|Error: /;

beforeAll(async () => {
  w = await buildWorld();
  const doc = JSON.parse((await w.t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'head' || !op || typeof op !== 'object') continue;
      if (path.endsWith('/openapi.json') || path.endsWith('/health')) continue;
      const query: Record<string, Schema> = {};
      for (const p of op.parameters ?? []) if (p.in === 'query') query[p.name] = p.schema ?? {};
      ops.push({ method: method.toUpperCase(), path, query, body: op.requestBody?.content?.['application/json']?.schema });
    }
  }
}, 120_000);
afterAll(async () => w?.t.close());

// ---------------------------------------------------------------------------------------
// Values: from the schema, biased towards the records that exist
// ---------------------------------------------------------------------------------------
const recentDate = fc.integer({ min: -400, max: 60 }).map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10));
const weird = fc.constantFrom('', ' ', '0', '-1', 'null', 'NaN', '1e309', "' OR 1=1 --", '"; DROP TABLE users; --', '../../etc/passwd', '%00', '\u0000', 'x'.repeat(300), '😀', '<script>', '2026-02-30', '2026-13', '9999-W99');

function idPool(): string[] {
  return [...Object.values(w.own), ...Object.values(w.ids), w.month, w.logDate, 'sales_rep', 'ka_manager', '00000000-0000-7000-8000-000000000000'];
}

function forName(name: string, wild: boolean): fc.Arbitrary<unknown> | null {
  if (/(^id|Id)$/.test(name)) return wild ? fc.oneof(fc.constantFrom(...idPool()), fc.uuid(), weird) : fc.oneof(fc.constantFrom(...idPool()), fc.uuid());
  if (/Ids$/.test(name)) return fc.array(fc.oneof(fc.constantFrom(...idPool()), fc.uuid()), { maxLength: 3 });
  if (name === 'roleCode' || name === 'code') return fc.oneof(fc.constantFrom('sales_rep', 'ka_manager', 'system_admin', 'nobody'), fc.string({ maxLength: 12 }));
  return null;
}

function fromSchema(s: Schema | undefined, depth = 0, name = '', wild = false): fc.Arbitrary<unknown> {
  const or = (...a: fc.Arbitrary<unknown>[]) => (wild ? fc.oneof(...a, weird) : fc.oneof(...a));
  if (!s || depth > 5) return fc.jsonValue({ maxDepth: 2 });
  const byName = name ? forName(name, wild) : null;
  if (byName && (s.type === 'string' || s.type === 'array')) return byName;
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return fc.oneof(...alts.map((a) => fromSchema(a, depth + 1, name, wild)));
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => fromSchema({ ...s, type: t }, depth, name, wild)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 1000, 1e9) });
    case 'number':
      return fc.oneof(
        fc.integer({ min: Math.ceil(Math.max(s.minimum ?? -1000, -1e6)), max: Math.floor(Math.min(s.maximum ?? 1000, 1e6)) }),
        fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true }),
      );
    case 'string': {
      if (s.format === 'date') return or(recentDate);
      if (s.format === 'date-time') return or(recentDate.map((d) => `${d}T02:00:00Z`), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
      if (s.format === 'uri') return or(fc.webUrl(), fc.constant('http://127.0.0.1/hook'));
      if (s.pattern) return or(fc.stringMatching(new RegExp(s.pattern)), fc.constantFrom(w.month, w.logDate));
      return or(fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) }));
    }
    case 'array':
      return fc.array(fromSchema(s.items, depth + 1, name.replace(/s$/, ''), wild), { maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object': {
      const props = s.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) model[k] = fromSchema(v, depth + 1, k, wild);
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A body that fits the schema, one that fits but for one field, or any JSON at all. */
function bodyFor(s: Schema | undefined): fc.Arbitrary<unknown> {
  if (!s) return fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined });
  const fits = fromSchema(s);
  const broken = fc
    .tuple(fits, fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
    .map(([b, k, v]) => (b && typeof b === 'object' && !Array.isArray(b) ? { ...b, [Object.keys(b)[0] ?? k]: v } : v));
  return fc.oneof(
    { weight: 6, arbitrary: fits },
    { weight: 2, arbitrary: fromSchema(s, 0, '', true) },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

function queryFor(q: Record<string, Schema>): fc.Arbitrary<Record<string, string>> {
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const [k, s] of Object.entries(q)) model[k] = fc.oneof({ weight: 4, arbitrary: fromSchema(s, 0, k).map((v) => String(v)) }, { weight: 1, arbitrary: weird });
  return fc
    .record(model, { requiredKeys: [] })
    .map((r) => Object.fromEntries(Object.entries(r).filter((e): e is [string, string] => e[1] !== undefined)));
}

const pathParam = (name: string): fc.Arbitrary<string> => {
  if (name === 'month') return fc.oneof(fc.constant(w.month), fc.stringMatching(/^\d{4}-\d{2}$/), weird);
  if (name === 'date') return fc.oneof(fc.constant(w.logDate), recentDate, weird);
  if (name === 'year') return fc.oneof(fc.integer({ min: 1900, max: 2200 }).map(String), weird);
  if (name === 'userId') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(w.ids.r1!, w.ids.r2!, w.ids.m1!) }, { weight: 1, arbitrary: weird });
  if (name === 'code') return fc.constantFrom('sales_rep', 'ka_manager', 'nobody', 'missing', '');
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...idPool()) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: weird });
};

const CALLERS = ['admin', 'admin', 'r1', 'm1', 'r2', 'scopeless'] as const;

describe('fuzzing every endpoint', () => {
  it('has operations to fuzz', () => {
    expect(ops.length).toBeGreaterThan(60);
  });

  it('never answers 5xx, never leaks internals, and a refused request changes nothing', async () => {
    const failures: string[] = [];
    let requests = 0;
    const statuses = new Map<number, number>();
    for (const op of ops) {
      const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const arb = fc.record({
        params: fc.tuple(...names.map(pathParam)),
        query: queryFor(op.query),
        body: bodyFor(op.body),
        caller: fc.constantFrom(...CALLERS),
      });
      // Login hashes a password per request: fewer runs there.
      const numRuns = op.path.startsWith('/api/v1/auth/') ? 3 : RUNS;
      // Bounded in time too: on a loaded CI machine each operation gets its share of 35 s (runs
      // past it are skipped, never cut off mid-request: a request still running would write
      // during the next one's checks).
      const deadline = Date.now() + Math.max(200, 35_000 / ops.length);
      await fc.assert(
        fc.asyncProperty(arb, async ({ params, query, body, caller }) => {
          if (Date.now() > deadline && requests > 0) return true;
          let url = op.path;
          names.forEach((n, i) => (url = url.replace(`{${n}}`, encodeURIComponent(String(params[i])))));
          const qs = new URLSearchParams(query).toString();
          const checksum = () => tableDigests(w.t.app, BACKGROUND.exclude, BACKGROUND.only);
          const before = checksum();
          const res = await w.t.app.inject({
            method: op.method as 'GET',
            url: qs ? `${url}?${qs}` : url,
            headers: { authorization: `Bearer ${w.tokens[caller]}` },
            ...(op.method !== 'GET' && op.method !== 'DELETE' && body !== undefined ? { payload: body as object } : {}),
          });
          requests++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const what = `${op.method} ${url}${qs ? `?${qs}` : ''} as ${caller} ${JSON.stringify(body)?.slice(0, 200)} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
          if (res.statusCode >= 500) failures.push(`5xx: ${what}`);
          if (res.statusCode >= 400) {
            if (!String(res.headers['content-type']).includes('problem+json')) failures.push(`not problem+json: ${what}`);
            if (INTERNALS.test(res.body)) failures.push(`internals: ${what}`);
            const changed = changedTables(before, checksum());
            if (changed.length) failures.push(`refused but changed ${changed.join(', ')}: ${what}`);
          }
          return true;
        }),
        { numRuns, seed: SEED, endOnFailure: true },
      );
    }
    if (process.env.FUZZ_VERBOSE) console.log(requests, [...statuses].sort((a, b) => a[0] - b[0]));
    expect(failures.slice(0, 10)).toEqual([]);
    // The schemas lead most requests past validation: the handlers were exercised, not only Ajv.
    expect([...statuses].filter(([s]) => s < 300).reduce((a, [, n]) => a + n, 0)).toBeGreaterThan(requests / 20);
    expect(requests).toBeGreaterThan(ops.length * 2);
  }, 240_000);
});
