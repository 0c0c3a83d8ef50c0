/**
 * Writes the OpenAPI document to a file, as the running server serves it at /api/v1/openapi.json:
 * builds the app in-process on a throwaway database, without listening. Used by `pnpm lint`
 * (`lint:openapi`, then `redocly lint`) and to generate clients offline:
 *   pnpm --filter @fieldbeat/api run openapi:dump   (writes apps/api/dist/openapi.json)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';

const target = resolve(process.argv[2] ?? 'dist/openapi.json');
const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-openapi-'));
try {
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'app.db'),
    JWT_SECRET: 'only-to-build-the-openapi-document-never-served',
    WEB_DIST_DIR: join(dir, 'no-web'),
    LOG_LEVEL: 'warn',
  });
  const app = await buildApp(config, { logger: false });
  await app.ready();
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(app.swagger(), null, 2) + '\n');
  await app.close();
  console.log(`OpenAPI document written to ${target}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
