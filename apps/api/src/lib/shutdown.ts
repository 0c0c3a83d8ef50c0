import { spawn } from 'node:child_process';

// The watchdog: kills its parent (argv[1]) with SIGKILL at the time argv[2] (epoch ms, so its
// own start-up does not add to the wait), unless the parent has ended first, which closes the
// pipe on the watchdog's stdin.
const WATCHDOG = `
const t = setTimeout(() => { try { process.kill(Number(process.argv[1]), 'SIGKILL'); } catch {} }, Number(process.argv[2]) - Date.now());
process.stdin.on('close', () => { clearTimeout(t); process.exit(0); }).on('error', () => process.exit(0)).resume();
`;

/**
 * Ends this process `ms` from now, from outside, unless it has exited by then.
 *
 * A timer inside the process cannot promise that: `process.exit()` (and a natural exit too)
 * waits in native code on the main thread (a futex) until libuv's thread pool has finished
 * every job already queued — argon2 hashes of logins in flight, DNS lookups of webhook
 * hosts — so once that wait starts no JavaScript timer fires again. The watchdog is a tiny
 * second process in its own process group (a Ctrl-C to the terminal does not end it first);
 * it holds a pipe to this one and leaves as soon as this process is gone.
 */
export function armExitWatchdog(ms: number): void {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), String(Date.now() + ms)], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: {},
  });
  watchdog.on('error', () => {}); // no watchdog: the in-process forced exit still runs
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
}
