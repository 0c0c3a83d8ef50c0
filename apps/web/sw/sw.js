/* Fieldbeat service worker (hand-written; the build fills in the file list and version).
 * - the app shell (every built file but the few on-demand chunks vite.config.ts names) is cached
 *   at install, so the app opens offline;
 * - navigations are network-first and fall back to the cached index.html (deep links);
 * - hashed assets are cache-first;
 * - /api is never cached here: the app keeps its offline data in IndexedDB, where it can
 *   be scoped to the signed-in user and cleared at logout. */
/* eslint-disable */
const PRECACHE = __PRECACHE_URLS__;
const VERSION = __CACHE_VERSION__;
const CACHE = 'fieldbeat-shell-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('fieldbeat-shell-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirstShell(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put('/', response.clone());
    return response;
  } catch (err) {
    const cached = (await cache.match('/', { ignoreVary: true })) || (await cache.match('/index.html', { ignoreVary: true }));
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // Hashed files never change, so a Vary header (Origin on module and CSS preloads) must not
  // make the cached copy miss when the network is gone.
  const cached = await cache.match(request, { ignoreVary: true, ignoreSearch: false });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});
