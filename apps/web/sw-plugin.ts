import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Emits the hand-written service worker (sw/sw.js) with the list of every file of the
 * build, so the whole app shell — including route chunks the rep has not opened yet —
 * is cached on the first visit and the app opens in a store aisle without a network.
 */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => !f.startsWith('.'));
  } catch {
    return [];
  }
}

export interface ServiceWorkerOptions {
  /** The service worker's source, with `__PRECACHE_URLS__` and `__CACHE_VERSION__` to fill in. */
  template: string;
  /**
   * Built files left out of the install-time cache: large chunks only some screens load on demand
   * (the XLSX writer of the consoles' export buttons). They are cached on first use like every
   * hashed asset, so a rep's phone does not download them to open the app.
   */
  notPrecached?: readonly RegExp[];
}

export function serviceWorker(options: ServiceWorkerOptions): Plugin {
  let publicDir = '';
  return {
    name: 'fieldbeat-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const precached = files.filter((f) => !(options.notPrecached ?? []).some((re) => re.test(f)));
      const publicFiles = listFiles(publicDir);
      const urls = [...new Set(['/', ...precached, ...publicFiles].map((f) => (f === '/' ? f : `/${f}`)))]
        .filter((u) => u !== '/sw.js')
        .sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name];
        if (!item) continue;
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : String(item.source));
      }
      for (const f of publicFiles) hash.update(readFileSync(join(publicDir, f)));
      const version = hash.digest('hex').slice(0, 12);
      const source = readFileSync(options.template, 'utf8')
        .replace('__PRECACHE_URLS__', JSON.stringify(urls))
        .replace('__CACHE_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
