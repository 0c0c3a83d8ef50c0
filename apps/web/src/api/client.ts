import { ApiError } from './errors';
import type { LoginResponse, Problem } from './types';

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
}

/** Where the tokens live; the app uses localStorage so a reload keeps the session. */
export interface SessionStore {
  get(): Session | null;
  set(session: Session | null): void;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the bearer token (default true). */
  auth?: boolean;
  signal?: AbortSignal;
  idempotencyKey?: string;
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  session: SessionStore;
  /** Called once when the session cannot be renewed (refresh refused). */
  onSessionExpired?: () => void;
  /** Serialises token refresh across tabs (navigator.locks in browsers). */
  lock?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  now?: () => number;
  acceptLanguage?: () => string;
}

/** Refresh a little before expiry, so a request does not race the clock. */
const EXPIRY_MARGIN_MS = 30_000;

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions) {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? (() => Date.now());
  const lock = options.lock ?? (<T>(_name: string, fn: () => Promise<T>) => fn());
  let refreshing: Promise<boolean> | null = null;

  function url(path: string, query?: RequestOptions['query']): string {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
    }
    const s = qs.toString();
    return `${baseUrl}${path}${s ? `?${s}` : ''}`;
  }

  async function send(method: string, path: string, opts: RequestOptions, token: string | null) {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    const lang = options.acceptLanguage?.();
    if (lang) headers['Accept-Language'] = lang;
    let body: BodyInit | undefined;
    if (opts.body instanceof FormData) {
      body = opts.body;
    } else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
    try {
      return await doFetch(url(path, opts.query), { method, headers, body, signal: opts.signal });
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') throw err;
      throw new ApiError(0, { title: 'Network error', detail: (err as Error)?.message });
    }
  }

  async function parse<T>(res: Response): Promise<T> {
    if (res.status === 204) return undefined as T;
    const type = res.headers.get('content-type') ?? '';
    if (res.ok) {
      if (type.includes('json')) return (await res.json()) as T;
      return (await res.text()) as unknown as T;
    }
    let problem: Problem = { status: res.status, title: res.statusText };
    if (type.includes('json')) {
      try {
        problem = { status: res.status, ...((await res.json()) as Problem) };
      } catch {
        // A broken error body still yields an error with the status.
      }
    }
    const retry = Number(res.headers.get('retry-after'));
    throw new ApiError(res.status, problem, Number.isFinite(retry) && retry > 0 ? retry : null);
  }

  /**
   * One refresh at a time: concurrent 401s wait for the same renewal (a refresh token works
   * once; a second use would revoke the whole family). Resolves false when the session is over.
   */
  function refresh(): Promise<boolean> {
    if (!refreshing) {
      const used = options.session.get()?.refreshToken ?? null;
      refreshing = lock('fieldbeat-auth-refresh', async () => {
        const current = options.session.get();
        if (!current) return false;
        // Another tab renewed while we waited for the lock: use its tokens.
        if (used && current.refreshToken !== used) return true;
        const res = await send('POST', '/auth/refresh', { body: { refreshToken: current.refreshToken } }, null);
        if (res.ok) {
          const pair = (await res.json()) as LoginResponse;
          options.session.set(toSession(pair, now()));
          return true;
        }
        if (res.status === 401 || res.status === 400 || res.status === 403) {
          options.session.set(null);
          options.onSessionExpired?.();
          return false;
        }
        // A server hiccup is not the end of the session.
        return parse<never>(res);
      }).finally(() => {
        refreshing = null;
      });
    }
    return refreshing;
  }

  /**
   * The one authenticated exchange every call goes through: renews an expiring token first,
   * and once more on a 401 (then replays the request). Answers the raw Response.
   */
  async function exchange(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
    const auth = opts.auth !== false;
    let session = auth ? options.session.get() : null;
    if (auth && session && session.expiresAt - EXPIRY_MARGIN_MS <= now()) {
      try {
        await refresh();
      } catch (err) {
        // Offline with an old token: still try the request; the server decides.
        if (!(err instanceof ApiError && err.isNetwork)) throw err;
      }
      session = options.session.get();
    }
    const token = session?.accessToken ?? null;
    let res = await send(method, path, opts, token);
    if (res.status === 401 && auth && token) {
      const latest = options.session.get();
      const renewed = latest && latest.accessToken !== token ? true : await refresh();
      if (renewed) {
        res = await send(method, path, opts, options.session.get()?.accessToken ?? null);
      }
    }
    return res;
  }

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    return parse<T>(await exchange(method, path, opts));
  }

  /** The body with the version it carries (`ETag`), for updates sent back with `If-Match`. */
  async function requestVersioned<T>(method: string, path: string, opts: RequestOptions = {}): Promise<Versioned<T>> {
    const res = await exchange(method, path, opts);
    const data = await parse<T>(res);
    return { data, etag: res.headers.get('etag') };
  }

  /**
   * A file the API renders (CSV, XLSX): fetched with the bearer token like any call, so it
   * cannot be a plain link. Errors still arrive as problem+json and become an ApiError.
   */
  async function download(path: string, opts: RequestOptions = {}): Promise<Download> {
    const res = await exchange('GET', path, { ...opts, headers: { Accept: '*/*', ...opts.headers } });
    if (!res.ok) return parse<never>(res);
    return { blob: await res.blob(), filename: filenameOf(res.headers.get('content-disposition')) };
  }

  return {
    request,
    requestVersioned,
    download,
    refresh,
    get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
    post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
    put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
    patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
    del: <T = void>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),

    async login(username: string, password: string): Promise<LoginResponse> {
      const pair = await request<LoginResponse>('POST', '/auth/login', { body: { username, password }, auth: false });
      options.session.set(toSession(pair, now()));
      return pair;
    },

    /** Ends the session here even if the server cannot be told (offline). */
    async logout(): Promise<void> {
      const current = options.session.get();
      options.session.set(null);
      if (!current) return;
      try {
        await request<void>('POST', '/auth/logout', { body: { refreshToken: current.refreshToken }, auth: false });
      } catch {
        // The refresh token expires on its own; nothing more to do.
      }
    },
  };
}

export interface Versioned<T> {
  data: T;
  /** The version the server sent (`"v3"`), to send back as `If-Match`; null when it sent none. */
  etag: string | null;
}

export interface Download {
  blob: Blob;
  /** From Content-Disposition (the UTF-8 `filename*` when present); null when the server named none. */
  filename: string | null;
}

/** The file name of a Content-Disposition header, preferring RFC 5987 `filename*=UTF-8''…`. */
export function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1]!.trim() : null;
}

export function toSession(pair: Pick<LoginResponse, 'accessToken' | 'refreshToken' | 'expiresIn'>, at: number): Session {
  return {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    expiresAt: at + Math.max(0, pair.expiresIn) * 1000,
  };
}

/** localStorage-backed session, so a reload (or an offline restart) keeps the rep signed in. */
export function localSessionStore(key = 'fieldbeat.session'): SessionStore {
  return {
    get() {
      try {
        const raw = localStorage.getItem(key);
        return raw ? (JSON.parse(raw) as Session) : null;
      } catch {
        return null;
      }
    },
    set(session) {
      if (session) localStorage.setItem(key, JSON.stringify(session));
      else localStorage.removeItem(key);
    },
  };
}
