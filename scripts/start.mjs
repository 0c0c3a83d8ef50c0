#!/usr/bin/env node
// `pnpm start` / `pnpm demo`: builds what is missing, then serves the API and the SPA.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const demo = process.argv.includes('--demo');
const server = 'apps/api/dist/server.js';
const needsBuild = ['packages/domain/dist/index.js', server, 'apps/web/dist/index.html'].some(
  (f) => !existsSync(f),
);
if (needsBuild || process.env.FORCE_BUILD) {
  const r = spawnSync('pnpm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(server)) {
  console.error('The API is not built yet (apps/api/dist/server.js missing).');
  process.exit(1);
}
const env = { ...process.env, ...(demo ? { DEMO_DATA: '1' } : {}) };
const r = spawnSync('node', ['--enable-source-maps', server], { stdio: 'inherit', env });
process.exit(r.status ?? 0);
