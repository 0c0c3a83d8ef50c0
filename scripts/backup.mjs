#!/usr/bin/env node
/* global setTimeout */
// `pnpm backup`: a consistent copy of the live database while the server keeps running and
// writing, through SQLite's online backup API, then checked (integrity_check) before it is kept.
//
//   pnpm backup [--db <file>] [--out <file>]
//
//   --db   the database (default: DATABASE_PATH, else data/app.db — as the server)
//   --out  where the copy goes (default: <data dir>/backups/app-<UTC timestamp>.db)
//
// How to restore is in docs/operations.md. Exit code 0 only when the copy is complete and sound.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const Database = createRequire(join(ROOT, 'apps/api/package.json'))('better-sqlite3');

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Pages per step while showing progress; after a restart (the server wrote meanwhile), all at once. */
const STEP_PAGES = 256;
const MAX_RESTARTS = 3;

export async function backup(source, target, { onProgress = () => {} } = {}) {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  // A connection of its own, as any other reader: in WAL mode the server's writers never wait for it.
  const db = new Database(source, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  let restarts = 0;
  let lastRemaining = Infinity;
  try {
    await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        // Another connection's write restarts an incremental backup from the first page. Under
        // steady writes it could restart for ever, so after a few restarts the rest is copied in
        // one step: one read snapshot, which WAL lets the server write beside.
        if (remainingPages > lastRemaining) restarts++;
        lastRemaining = remainingPages;
        onProgress(totalPages - remainingPages, totalPages, restarts);
        return restarts >= MAX_RESTARTS ? totalPages : STEP_PAGES;
      },
    });
  } finally {
    db.close();
  }
  const copy = new Database(partial);
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed integrity_check: ${check}`);
    // A self-contained file: no -wal beside it to carry around.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  renameSync(partial, target);
  return { target, bytes: statSync(target).size, restarts };
}

function bar(done, total, restarts) {
  const width = 30;
  const share = total ? done / total : 1;
  const filled = Math.round(share * width);
  const note = restarts ? ` (restarted ${restarts}× by concurrent writes)` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} pages${note}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const source = resolve(arg('db') ?? process.env.DATABASE_PATH ?? join(ROOT, 'data/app.db'));
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  const target = resolve(arg('out') ?? join(dirname(source), 'backups', `app-${stamp}.db`));
  const tty = process.stdout.isTTY;
  let last = '';
  try {
    const t0 = Date.now();
    const result = await backup(source, target, {
      onProgress: (done, total, restarts) => {
        const line = bar(done, total, restarts);
        if (tty) process.stdout.write(`\r${line}`);
        else if (line !== last && (done === total || done % (STEP_PAGES * 20) === 0)) console.log(line);
        last = line;
      },
    });
    const full = bar(1, 1, 0).replace(/ 1\/1 pages$/, '');
    if (tty) process.stdout.write(`\r${full}\n`);
    else console.log(full);
    console.log(`Backup written to ${result.target} (${(result.bytes / 1e6).toFixed(1)} MB, integrity ok, ${((Date.now() - t0) / 1000).toFixed(1)} s).`);
    console.log('To restore it, see docs/operations.md.');
  } catch (err) {
    if (tty) process.stdout.write('\n');
    console.error(`Backup failed: ${err.message}`);
    process.exit(1);
  }
  // Let pending output flush before exiting.
  await new Promise((r) => setTimeout(r, 0));
}
