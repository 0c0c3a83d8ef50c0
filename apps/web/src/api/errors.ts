import type { Problem } from './types';

/**
 * The one error type every API call rejects with. `status` 0 means the request never got an
 * answer (offline, DNS, server down): callers treat that as "try again later", never as a
 * refusal.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Field errors keyed by a dotted path relative to the request body: `lines.3.stockQty`. */
  readonly fieldErrors: Record<string, string>;
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
    this.fieldErrors = {};
    for (const e of problem.errors ?? []) {
      const key = normalizeErrorPath(e.path);
      if (!(key in this.fieldErrors)) this.fieldErrors[key] = e.message;
    }
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** Worth retrying later: no answer, a server failure, or rate limiting. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

/**
 * Validators report paths as JSON pointers (`/lines/0/stockQty`), with a `body` prefix
 * (`body/qty`, `body.qty`) or dotted; forms look them up in one shape.
 */
export function normalizeErrorPath(path: string | undefined): string {
  if (!path) return '';
  return path
    .replace(/^#?\/?/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[/.]/)
    .filter((s) => s !== '')
    .filter((s, i) => !(i === 0 && s === 'body'))
    .join('.');
}

type Translate = (key: string, named?: Record<string, unknown>) => string;

export interface ErrorView {
  /** One sentence in the user's language saying what happened and what to do. */
  message: string;
  /** The server's own explanation, when it gave one (shown as secondary text). */
  detail: string | null;
  fieldErrors: Record<string, string>;
}

const KNOWN_STATUSES = [400, 401, 403, 404, 409, 412, 413, 422, 429, 500, 503];

/** The wait a 429's Retry-After asks for: seconds, or whole minutes from two minutes on. */
function retryAfterMessage(seconds: number, t: Translate): string {
  return seconds >= 120 ? t('errors.retryAfterMinutes', { minutes: Math.ceil(seconds / 60) }) : t('errors.retryAfter', { seconds });
}

/** The single path from any thrown value to something a person can read. */
export function describeError(err: unknown, t: Translate): ErrorView {
  if (err instanceof ApiError) {
    if (err.isNetwork) return { message: t('errors.network'), detail: null, fieldErrors: {} };
    const key = KNOWN_STATUSES.includes(err.status)
      ? `errors.status.${err.status}`
      : err.status >= 500
        ? 'errors.status.500'
        : 'errors.status.other';
    const waited = err.status === 429 && err.retryAfter;
    const message = waited ? retryAfterMessage(err.retryAfter!, t) : t(key, { status: err.status });
    // A 5xx never carries a message meant for people; a timed 429 says all in the user's language.
    const detail = err.status >= 500 || waited ? null : err.problem.detail || null;
    return { message, detail: detail && detail !== message ? detail : null, fieldErrors: err.fieldErrors };
  }
  return { message: t('errors.unexpected'), detail: err instanceof Error ? err.message : null, fieldErrors: {} };
}
