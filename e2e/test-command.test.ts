// `pnpm test` (scripts/test.mjs) on a machine whose browser tests cannot run: it stops at once,
// before the build, with one line saying what to install, instead of a wall of launch errors.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, it } from '@jest/globals';

const ROOT = resolve(import.meta.dirname, '..');
const testCommand = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/test.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });

it('stops at once with one line when the browser it would drive is missing', () => {
  const r = testCommand(['--selectProjects', 'e2e'], { CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe(''); // no build, no Jest
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/CHROMIUM_PATH=\/nonexistent\/chromium .*--selectProjects domain api web/);
});

it('does not ask for a browser when the browser tests are not selected', () => {
  const r = testCommand(['--selectProjects', 'domain', '--listTests'], { CHROMIUM_PATH: '/nonexistent/chromium', SKIP_BUILD: '1' });
  expect(r.stderr).not.toMatch(/chromium/i);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/packages\/domain\/src\/.*\.test\.ts/);
  expect(r.stdout).not.toMatch(/e2e\//);
});

it('goes on to the browser tests when their browser is there', () => {
  const r = testCommand(['--selectProjects', 'e2e', '--listTests'], { CHROMIUM_PATH: process.execPath, SKIP_BUILD: '1' });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/e2e\/.*\.test\.ts/);
});
