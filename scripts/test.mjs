#!/usr/bin/env node
// `pnpm test`: makes sure the browser tests have their browser, builds what they serve, then
// runs every Jest project once. Extra arguments go to Jest (for example
// `pnpm test --selectProjects domain`).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const args = process.argv.slice(2);
const run = (cmd, cmdArgs, env = {}) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/** The projects named after --selectProjects / --ignoreProjects (either form), or undefined. */
function projectsAfter(flag) {
  let named;
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith(`${flag}=`)) (named ??= []).push(...args[i].slice(flag.length + 1).split(','));
    else if (args[i] === flag) for (named ??= []; args[i + 1] && !args[i + 1].startsWith('-'); ) named.push(args[++i]);
  }
  return named;
}
const selected = projectsAfter('--selectProjects');
const runsBrowserTests = (!selected || selected.includes('e2e')) && !projectsAfter('--ignoreProjects')?.includes('e2e');

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
/** Chromium as e2e/harness.ts launches it: CHROMIUM_PATH, else /usr/bin/chromium, else on PATH. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return executable(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) for (const name of ['chromium', 'chromium-browser']) if (executable(join(dir, name))) return join(dir, name);
  return undefined;
}
const hasCjkFont = () => /wenquanyi|noto sans cjk/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '');
const canApt = () => process.getuid?.() === 0 && executable('/usr/bin/apt-get');

/** Installs Debian's packages quietly, as .ci/run does; true when apt-get succeeded. */
function aptInstall(packages) {
  console.log(`pnpm test: installing ${packages.join(' ')} for the browser tests (apt-get, about a minute)…`);
  const quiet = { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  if (spawnSync('apt-get', ['update', '-qq'], quiet).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', ...packages], quiet).status === 0;
}

const browserEnv = {};
if (runsBrowserTests) {
  let chromium = findChromium();
  const given = process.env.CHROMIUM_PATH;
  if (!chromium && !given && canApt() && aptInstall(['chromium', 'fonts-wqy-microhei'])) chromium = findChromium();
  if (!chromium) {
    console.error(
      given
        ? `pnpm test: CHROMIUM_PATH=${given} is not an executable file; point it at Chromium, or run without the browser tests: pnpm test --selectProjects domain api web`
        : 'pnpm test: the browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-wqy-microhei) or set CHROMIUM_PATH, or run without them: pnpm test --selectProjects domain api web',
    );
    process.exit(1);
  }
  browserEnv.CHROMIUM_PATH = chromium;
  // Without a CJK font the tests pass but zh-CN screenshots show boxes: install it when we can.
  if (!hasCjkFont() && !(canApt() && aptInstall(['fonts-wqy-microhei']))) {
    console.warn('pnpm test: no CJK font (fonts-wqy-microhei): the zh-CN screenshots will show boxes instead of Chinese');
  }
}

if (!process.env.SKIP_BUILD) run('pnpm', ['run', 'build']);
run('node', ['node_modules/jest/bin/jest.js', ...args], {
  ...browserEnv,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
});
