// A fake network for store tests: the real API client (src/api) talks to handlers keyed by
// "METHOD /path", and every request is recorded. jsdom has no fetch; this is it.

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (req: Recorded) => { status?: number; body?: unknown; headers?: Record<string, string> } | undefined;

export function response(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const all: Record<string, string> = { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers };
  return {
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers: { get: (name: string) => all[name.toLowerCase()] ?? null },
    json: async () => body,
    text: async () => JSON.stringify(body),
    blob: async () => new Blob([typeof body === 'string' ? body : JSON.stringify(body)]),
  } as unknown as Response;
}

/** Installs the fake and a signed-in session; returns the calls and a way to add handlers. */
export function fakeApi(handlers: Record<string, Handler> = {}) {
  const calls: Recorded[] = [];
  localStorage.setItem('fieldbeat.session', JSON.stringify({ accessToken: 'test-token', refreshToken: 'r', expiresAt: Date.now() + 3_600_000 }));
  (globalThis as { fetch?: typeof fetch }).fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const req: Recorded = {
      method: (init.method ?? 'GET').toUpperCase(),
      path,
      query: url.searchParams,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    };
    calls.push(req);
    const handler = handlers[`${req.method} ${path}`];
    if (!handler) return response(404, { title: 'Not Found', status: 404, detail: `no fake for ${req.method} ${path}` });
    const out = handler(req) ?? {};
    return response(out.status ?? 200, out.body ?? {}, out.headers);
  }) as typeof fetch;
  return { calls, handlers };
}
