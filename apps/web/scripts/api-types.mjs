/**
 * The SPA's contract types from the OpenAPI document: one function that the generator
 * (gen-api-types.mjs) and the drift test (apps/api/src/openapi/spa-types.test.ts) both call, so
 * the file the test expects is exactly the file the script writes.
 */
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live, relative to apps/web. */
export const GENERATED_PATH = 'src/api/generated/openapi.ts';

/** What the drift test tells whoever changed a route schema without regenerating. */
export const REGENERATE = 'run pnpm --filter @fieldbeat/web gen:api';

const HEADER = `// Generated from the API's OpenAPI document (/api/v1/openapi.json) by apps/web/scripts/gen-api-types.mjs.
// Do not edit: change the route schema in apps/api, then ${REGENERATE}.
// apps/api/src/openapi/spa-types.test.ts fails when this file and the document differ.

`;

/**
 * The TypeScript source of `paths`, `operations`, `components` and `webhooks` for a document.
 * Deterministic: keys sorted (the order routes register in never shows), no date, no path of the
 * machine it ran on.
 */
export async function apiTypesFrom(document) {
  // openapiTS annotates the object it is given: hand it a copy.
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), {
    alphabetize: true,
    silent: true,
  });
  return HEADER + astToString(ast);
}
