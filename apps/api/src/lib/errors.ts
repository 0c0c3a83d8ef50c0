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

export const TITLES: Record<ErrorCode, string> = {
  VALIDATION: 'Validation failed',
  UNAUTHORIZED: 'Authentication required',
  FORBIDDEN: 'Permission missing',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict with the current state',
  PRECONDITION_FAILED: 'Precondition failed',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  IDEMPOTENCY_CONFLICT: 'Idempotency key reused with a different request',
  TOO_MANY_REQUESTS: 'Too many requests',
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} not found`);
export const forbidden = (message: string) => new ApiError('FORBIDDEN', message);
export const conflict = (message: string) => new ApiError('CONFLICT', message);
/** A validation failure naming one field; `path` is a JSON pointer such as `/lines/0/stockQty`. */
export const invalid = (path: string, message: string) =>
  new ApiError('VALIDATION', message, [{ path, message }]);
