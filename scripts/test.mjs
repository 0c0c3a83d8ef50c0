#!/usr/bin/env node
// `pnpm test`: builds what the browser tests serve, then runs every Jest project once.
// Extra arguments go to Jest (for example `pnpm test --selectProjects domain`).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (cmd, cmdArgs, env = {}) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.env.SKIP_BUILD) run('pnpm', ['run', 'build']);
run('node', ['node_modules/jest/bin/jest.js', ...args], {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
});
