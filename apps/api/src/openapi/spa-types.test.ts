import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_PATH, REGENERATE, apiTypesFrom } from '../../../web/scripts/api-types.mjs';
import { makeApp, type TestContext } from '../test/helpers.js';

// The SPA compiles against types generated from this document (apps/web/src/api/generated):
// a route schema changed without regenerating them fails here, in CI, not in a user's browser.
const web = join(dirname(fileURLToPath(import.meta.url)), '../../../web');

let t: TestContext;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(async () => t?.close());

describe("the SPA's contract types", () => {
  it('are the ones the served OpenAPI document generates', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const expected = await apiTypesFrom(res.json());
    const committed = readFileSync(join(web, GENERATED_PATH), 'utf8');
    if (committed !== expected)
      throw new Error(`${GENERATED_PATH} differs from the API's OpenAPI document: ${REGENERATE}`);
    expect(committed).toContain('export interface operations');
  });
});
