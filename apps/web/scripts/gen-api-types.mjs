/**
 * Writes apps/web/src/api/generated/openapi.ts from the OpenAPI document the API serves at
 * /api/v1/openapi.json. The API's own dump (apps/api/src/openapi/dump.ts) builds the app
 * in-process on a throwaway database, without listening; this turns its document into types.
 *   pnpm --filter @fieldbeat/web gen:api            writes the file
 *   pnpm --filter @fieldbeat/web gen:api --check    exits 1 when the committed file differs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_PATH, REGENERATE, apiTypesFrom } from './api-types.mjs';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(web, GENERATED_PATH);
const check = process.argv.includes('--check');

const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-gen-api-'));
try {
  const documentPath = join(dir, 'openapi.json');
  execFileSync(
    'pnpm',
    [
      '--filter',
      '@fieldbeat/api',
      'exec',
      'tsx',
      '--tsconfig',
      'tsconfig.openapi.json',
      'src/openapi/dump.ts',
      documentPath,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const source = await apiTypesFrom(JSON.parse(readFileSync(documentPath, 'utf8')));
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // no file yet: it differs
    }
    if (committed !== source) {
      console.error(`${GENERATED_PATH} differs from the API's OpenAPI document: ${REGENERATE}`);
      process.exitCode = 1;
    } else console.log(`${GENERATED_PATH} matches the API's OpenAPI document`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
    console.log(`wrote ${GENERATED_PATH}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
