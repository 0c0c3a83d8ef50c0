/** The closed set of error codes the domain and the repositories throw; the API maps each to one HTTP status. */
export const DOMAIN_ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'VALIDATION',
  'PRECONDITION_FAILED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One invalid field: `path` is a JSON pointer into the input (`/scoring/disciplineMin`), `''` for the value itself. */
export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  readonly errors: FieldError[] | undefined;

  constructor(code: DomainErrorCode, message: string, errors?: FieldError[]) {
    super(message);
    this.code = code;
    this.errors = errors;
  }

  /** A VALIDATION error for one field; `path` is made a JSON pointer (`productionDate` -> `/productionDate`). */
  static invalid(path: string, message: string): DomainError {
    const pointer = path === '' || path.startsWith('/') ? path : `/${path}`;
    return new DomainError('VALIDATION', `${pointer.slice(1) || 'value'} ${message}`, [{ path: pointer, message }]);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
