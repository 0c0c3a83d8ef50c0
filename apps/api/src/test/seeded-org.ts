import { afterAll, beforeAll } from '@jest/globals';
import { makeApp, seedOrg, type Client, type Org, type TestContext } from './helpers.js';

/**
 * Stands for a value that a `beforeAll` sets: every property read goes to the value as it is
 * when read, so a test file can name `t`, `org` and its clients at the top and use them in its
 * tests. Reading before the hook has run is a mistake in the test, and says so.
 */
function later<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = current();
      if (value === undefined) throw new Error(`${what} is read before beforeAll has set it up`);
      const field = Reflect.get(value, key, value) as unknown;
      return typeof field === 'function' ? (field as (...args: unknown[]) => unknown).bind(value) : field;
    },
  });
}

export interface SeededOrg<U extends string> {
  t: TestContext;
  org: Org;
  /** Clients signed in as the seeded users asked for (`r1`, `m1`, `gm` …). */
  as: Record<U, Client>;
}

/**
 * The world most API test files start from: a real app on a fresh SQLite file, the small seeded
 * organisation (`seedOrg`) and clients signed in as `users`, set up before the file's tests and
 * closed after them.
 *
 *   const { t, org, as: { r1, m1 } } = seededOrg('r1', 'm1');
 */
export function seededOrg<U extends string>(...users: U[]): SeededOrg<U> {
  let context: TestContext | undefined;
  let seeded: Org | undefined;
  const clients = new Map<U, Client>();
  beforeAll(async () => {
    context = await makeApp();
    seeded = await seedOrg(context.app);
    for (const user of users) clients.set(user, await seeded.as(user));
  }, 120_000);
  afterAll(async () => context?.close());
  const as = Object.fromEntries(users.map((user) => [user, later(`the client of ${user}`, () => clients.get(user))])) as Record<U, Client>;
  return { t: later('the test app', () => context), org: later('the seeded organisation', () => seeded), as };
}
