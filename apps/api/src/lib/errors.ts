import { localize, type Localized } from './locale.js';

/**
 * The API's error vocabulary: the domain package's codes plus the HTTP-only ones.
 * Routes and repositories throw; one error handler turns them into problem+json.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TOO_MANY_REQUESTS';

export interface FieldError {
  path: string;
  message: string;
}

/** A field error as thrown: its message in one text or per language (the handler picks the caller's). */
export interface FieldProblem {
  path: string;
  message: Localized;
}

export const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_CONFLICT: 422,
  TOO_MANY_REQUESTS: 429,
};

export const TITLES: Record<ErrorCode, Localized> = {
  VALIDATION: { en: 'Validation failed', 'zh-CN': '请求校验未通过' },
  UNAUTHORIZED: { en: 'Authentication required', 'zh-CN': '需要登录' },
  FORBIDDEN: { en: 'Permission missing', 'zh-CN': '缺少权限' },
  NOT_FOUND: { en: 'Not found', 'zh-CN': '未找到' },
  CONFLICT: { en: 'Conflict with the current state', 'zh-CN': '与当前状态冲突' },
  PRECONDITION_FAILED: { en: 'Precondition failed', 'zh-CN': '前置条件不满足' },
  PAYLOAD_TOO_LARGE: { en: 'Payload too large', 'zh-CN': '请求体过大' },
  UNSUPPORTED_MEDIA_TYPE: { en: 'Unsupported media type', 'zh-CN': '不支持的内容类型' },
  IDEMPOTENCY_CONFLICT: { en: 'Idempotency key reused with a different request', 'zh-CN': '幂等键已用于另一个请求' },
  TOO_MANY_REQUESTS: { en: 'Too many requests', 'zh-CN': '请求过于频繁' },
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** the detail, in one text or per language; `message` is its English form (for logs) */
    readonly text: Localized,
    readonly errors?: FieldProblem[],
    readonly headers?: Record<string, string>,
  ) {
    super(localize(text, 'en'));
  }
}

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} not found`);
export const forbidden = (message: string) => new ApiError('FORBIDDEN', message);
export const conflict = (message: string) => new ApiError('CONFLICT', message);
/** A validation failure naming one field; `path` is a JSON pointer such as `/lines/0/stockQty`. */
export const invalid = (path: string, message: Localized) =>
  new ApiError('VALIDATION', message, [{ path, message }]);
