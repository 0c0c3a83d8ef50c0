import { createApiClient, type Session, type SessionStore } from './client';
import { ApiError, describeError, normalizeErrorPath } from './errors';

/** A fake network: each call is answered by the next handler, and every request is recorded. */
function fakeNetwork(handlers: ((url: string, init: RequestInit) => Response | Promise<Response>)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const handler = handlers.shift();
    if (!handler) throw new Error(`unexpected request ${String(input)}`);
    return handler(String(input), init);
  }) as typeof fetch;
  return { fetchFn, calls };
}

/** The part of a fetch Response the client reads (jsdom has no Response class). */
const json = (status: number, body: unknown, type = 'application/json') =>
  ({
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? type : null) },
    json: async () => body,
    text: async () => JSON.stringify(body),
  }) as unknown as Response;

function memorySession(initial: Session | null): SessionStore & { value: Session | null } {
  const s = {
    value: initial,
    get: () => s.value,
    set: (v: Session | null) => {
      s.value = v;
    },
  };
  return s;
}

const NOW = 1_800_000_000_000;
const fresh = (access = 'a1', refresh = 'r1'): Session => ({ accessToken: access, refreshToken: refresh, expiresAt: NOW + 600_000 });
const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name];

describe('API client', () => {
  it('sends the bearer token under /api/v1 and drops empty query values', async () => {
    const net = fakeNetwork([() => json(200, { ok: true })]);
    const api = createApiClient({ fetch: net.fetchFn, session: memorySession(fresh()), now: () => NOW });
    await expect(api.get('/visits', { query: { storeId: 's1', repId: undefined, from: '' } })).resolves.toEqual({ ok: true });
    expect(net.calls[0]!.url).toBe('/api/v1/visits?storeId=s1');
    expect(header(net.calls[0]!.init, 'Authorization')).toBe('Bearer a1');
  });

  it('renews the access token once on 401 and replays the request with the new token', async () => {
    const session = memorySession(fresh());
    const net = fakeNetwork([
      () => json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json'),
      (_url, init) => {
        expect(JSON.parse(String(init.body))).toEqual({ refreshToken: 'r1' });
        return json(200, { accessToken: 'a2', refreshToken: 'r2', expiresIn: 900 });
      },
      (_url, init) => {
        expect(header(init, 'Authorization')).toBe('Bearer a2');
        return json(200, { id: 'me' });
      },
    ]);
    const api = createApiClient({ fetch: net.fetchFn, session, now: () => NOW });
    await expect(api.get('/me')).resolves.toEqual({ id: 'me' });
    expect(session.value).toEqual({ accessToken: 'a2', refreshToken: 'r2', expiresAt: NOW + 900_000 });
    expect(net.calls.map((c) => c.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
  });

  it('refreshes only once for concurrent 401s (a refresh token works once)', async () => {
    const session = memorySession(fresh());
    let refreshes = 0;
    const fetchFn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      if (url.endsWith('/auth/refresh')) {
        refreshes += 1;
        await new Promise((r) => setTimeout(r, 10));
        return json(200, { accessToken: 'a2', refreshToken: 'r2', expiresIn: 900 });
      }
      return header(init, 'Authorization') === 'Bearer a2' ? json(200, { url }) : json(401, { status: 401 });
    }) as typeof fetch;
    const api = createApiClient({ fetch: fetchFn, session, now: () => NOW });
    const results = await Promise.all([api.get('/a'), api.get('/b'), api.get('/c')]);
    expect(refreshes).toBe(1);
    expect(results).toHaveLength(3);
  });

  it('renews before sending when the access token has expired', async () => {
    const session = memorySession({ ...fresh(), expiresAt: NOW - 1 });
    const net = fakeNetwork([
      () => json(200, { accessToken: 'a2', refreshToken: 'r2', expiresIn: 900 }),
      (_u, init) => json(200, { token: header(init, 'Authorization') }),
    ]);
    const api = createApiClient({ fetch: net.fetchFn, session, now: () => NOW });
    await expect(api.get('/me')).resolves.toEqual({ token: 'Bearer a2' });
  });

  it('ends the session when the refresh is refused, and reports it once', async () => {
    const session = memorySession(fresh());
    let expired = 0;
    const net = fakeNetwork([() => json(401, { status: 401 }), () => json(401, { status: 401, title: 'Token reuse' })]);
    const api = createApiClient({ fetch: net.fetchFn, session, now: () => NOW, onSessionExpired: () => (expired += 1) });
    const err = await api.get('/me').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect(session.value).toBeNull();
    expect(expired).toBe(1);
  });

  it('keeps the session when the refresh fails for lack of network', async () => {
    const session = memorySession(fresh());
    const net = fakeNetwork([
      () => json(401, { status: 401 }),
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]);
    const api = createApiClient({ fetch: net.fetchFn, session, now: () => NOW });
    const err = (await api.get('/me').catch((e: unknown) => e)) as ApiError;
    expect(err.isNetwork).toBe(true);
    expect(session.value?.refreshToken).toBe('r1');
  });

  it('uses tokens another tab renewed instead of spending the old refresh token', async () => {
    const session = memorySession(fresh());
    const net = fakeNetwork([
      () => {
        session.value = fresh('a9', 'r9'); // the other tab wins the race while this request is in flight
        return json(401, { status: 401 });
      },
      (_u, init) => json(200, { token: header(init, 'Authorization') }),
    ]);
    const api = createApiClient({ fetch: net.fetchFn, session, now: () => NOW });
    await expect(api.get('/me')).resolves.toEqual({ token: 'Bearer a9' });
    expect(net.calls.some((c) => c.url.endsWith('/auth/refresh'))).toBe(false);
  });

  it('logs in, stores the pair, and logs out even when offline', async () => {
    const session = memorySession(null);
    const net = fakeNetwork([
      () => json(200, { accessToken: 'a1', refreshToken: 'r1', expiresIn: 60, user: { id: 'u1' } }),
      () => {
        throw new TypeError('offline');
      },
    ]);
    const api = createApiClient({ fetch: net.fetchFn, session, now: () => NOW });
    await api.login('rep1', 'pw');
    expect(header(net.calls[0]!.init, 'Authorization')).toBeUndefined();
    expect(session.value).toEqual({ accessToken: 'a1', refreshToken: 'r1', expiresAt: NOW + 60_000 });
    await api.logout();
    expect(session.value).toBeNull();
    expect(JSON.parse(String(net.calls[1]!.init.body))).toEqual({ refreshToken: 'r1' });
  });

  it('turns problem+json into an ApiError with field errors keyed by dotted paths', async () => {
    const net = fakeNetwork([
      () =>
        json(
          400,
          {
            type: 'https://fieldbeat.app/problems/validation',
            title: 'Validation failed',
            status: 400,
            detail: 'The request body is invalid',
            errors: [
              { path: '/lines/0/stockQty', message: 'must be >= 0' },
              { path: 'body/qty', message: 'must be integer' },
            ],
          },
          'application/problem+json',
        ),
    ]);
    const api = createApiClient({ fetch: net.fetchFn, session: memorySession(fresh()), now: () => NOW });
    const err = (await api.post('/visits', {}).catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(400);
    expect(err.fieldErrors).toEqual({ 'lines.0.stockQty': 'must be >= 0', qty: 'must be integer' });
  });
});

describe('describeError', () => {
  const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}:${JSON.stringify(named)}` : key);

  it('gives the translated status message and the server detail', () => {
    const view = describeError(new ApiError(409, { title: 'Conflict', detail: 'Promotion is already approved' }), t);
    expect(view.message).toBe('errors.status.409:{"status":409}');
    expect(view.detail).toBe('Promotion is already approved');
  });

  it('never shows the text of a server failure', () => {
    const view = describeError(new ApiError(500, { detail: 'SQLITE_BUSY at repo.ts:12' }), t);
    expect(view.message).toBe('errors.status.500:{"status":500}');
    expect(view.detail).toBeNull();
  });

  it('names the network for an unanswered request and the wait for 429', () => {
    expect(describeError(new ApiError(0, {}), t).message).toBe('errors.network');
    expect(describeError(new ApiError(429, {}, 60), t).message).toBe('errors.retryAfter:{"seconds":60}');
  });

  it("turns the server's 429 into the wait in the user's language, from its Retry-After", async () => {
    const limited = (retryAfter: string) => {
      const res = json(429, { status: 429, title: 'Too many requests', detail: `Too many requests; retry in ${retryAfter} s` }, 'application/problem+json');
      const get = res.headers.get;
      (res as { headers: unknown }).headers = { get: (name: string) => (name.toLowerCase() === 'retry-after' ? retryAfter : get(name)) };
      return res;
    };
    const api = createApiClient({ fetch: fakeNetwork([() => limited('42'), () => limited('900')]).fetchFn, session: memorySession(fresh()), now: () => NOW });
    const first = await api.get('/me').catch((e: unknown) => e);
    expect(first).toMatchObject({ status: 429, retryAfter: 42, isTransient: true });
    expect(describeError(first, t)).toEqual({ message: 'errors.retryAfter:{"seconds":42}', detail: null, fieldErrors: {} });
    // The login lock's quarter of an hour reads as minutes.
    expect(describeError(await api.get('/me').catch((e: unknown) => e), t).message).toBe('errors.retryAfterMinutes:{"minutes":15}');
    // Without Retry-After the status's own sentence stays.
    expect(describeError(new ApiError(429, { detail: 'Too many requests; retry later' }), t).message).toBe('errors.status.429:{"status":429}');
  });

  it('normalises the path shapes validators use', () => {
    expect(normalizeErrorPath('/lines/3/facings')).toBe('lines.3.facings');
    expect(normalizeErrorPath('body.contentsTotal')).toBe('contentsTotal');
    expect(normalizeErrorPath('materials[1].qty')).toBe('materials.1.qty');
    expect(normalizeErrorPath('')).toBe('');
  });
});

describe('files and versions through the client', () => {
  it('reads the file name of a download, preferring the UTF-8 one', async () => {
    const { filenameOf } = await import('./client');
    expect(filenameOf(`attachment; filename="sales.xlsx"; filename*=UTF-8''%E9%94%80%E5%94%AE.xlsx`)).toBe('销售.xlsx');
    expect(filenameOf('attachment; filename="display-issues.csv"')).toBe('display-issues.csv');
    expect(filenameOf(null)).toBeNull();
  });

  it('downloads a file with the bearer token and turns a refusal into an ApiError', async () => {
    const file = { ...json(200, 'a,b'), blob: async () => 'BLOB', headers: { get: (n: string) => (n.toLowerCase() === 'content-disposition' ? 'attachment; filename="r.csv"' : 'text/csv') } } as unknown as Response;
    const net = fakeNetwork([() => file, () => json(403, { title: 'Forbidden', status: 403 }, 'application/problem+json')]);
    const api = createApiClient({ fetch: net.fetchFn, session: memorySession(fresh()), now: () => NOW });
    await expect(api.download('/reports/sales', { query: { format: 'csv' } })).resolves.toEqual({ blob: 'BLOB', filename: 'r.csv' });
    expect(net.calls[0]!.url).toBe('/api/v1/reports/sales?format=csv');
    expect(header(net.calls[0]!.init, 'Authorization')).toBe('Bearer a1');
    await expect(api.download('/reports/sales')).rejects.toMatchObject({ status: 403 });
  });

  it('answers the body with its ETag for versioned updates', async () => {
    const withEtag = { ...json(200, { ok: 1 }), headers: { get: (n: string) => (n.toLowerCase() === 'etag' ? '"v7"' : 'application/json') } } as unknown as Response;
    const net = fakeNetwork([() => withEtag]);
    const api = createApiClient({ fetch: net.fetchFn, session: memorySession(fresh()), now: () => NOW });
    await expect(api.requestVersioned('PUT', '/settings', { body: {}, headers: { 'If-Match': '"v6"' } })).resolves.toEqual({ data: { ok: 1 }, etag: '"v7"' });
    expect(header(net.calls[0]!.init, 'If-Match')).toBe('"v6"');
  });
});
