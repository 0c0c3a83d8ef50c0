import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { DomainError } from '@fieldbeat/domain';
import { ApiError, STATUS, TITLES, type ErrorCode, type FieldError } from '../lib/errors.js';

const PROBLEM_BASE = 'https://fieldbeat.app/problems/';

export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode | 'INTERNAL',
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const status = code === 'INTERNAL' ? 500 : STATUS[code];
  const title = code === 'INTERNAL' ? 'Internal server error' : TITLES[code];
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: PROBLEM_BASE + code.toLowerCase().replaceAll('_', '-'),
      title,
      status,
      detail,
      ...(errors ? { errors } : {}),
    });
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** Turns schema validation issues into `{path, message}` naming each bad field. */
function fieldErrors(issues: ValidationIssue[], context: string | undefined): FieldError[] {
  const prefix = context && context !== 'body' ? `/${context === 'querystring' ? 'query' : context}` : '';
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    let path = issue.instancePath ?? '';
    const params = issue.params ?? {};
    const missing = (params.requiredProperties ?? params.missingProperty) as string[] | string | undefined;
    if (issue.keyword === 'required' && missing) {
      for (const m of Array.isArray(missing) ? missing : [missing]) {
        const p = `${prefix}${path}/${m}`;
        if (!seen.has(p)) out.push({ path: p, message: 'is required' });
        seen.add(p);
      }
      continue;
    }
    const extra = params.additionalProperties ?? params.additionalProperty;
    if (issue.keyword === 'additionalProperties' && extra) {
      path = `${path}/${Array.isArray(extra) ? extra.join(',') : String(extra)}`;
    }
    const p = `${prefix}${path}` || '/';
    if (seen.has(p)) continue;
    seen.add(p);
    out.push({ path: p, message: issue.message ?? 'is not valid' });
  }
  return out;
}

const DOMAIN_CODES: Record<string, ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  VALIDATION: 'VALIDATION',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { validationContext?: string }, request, reply) => {
    if (error instanceof ApiError) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(reply, error.code, error.message, error.errors);
    }
    if (error instanceof DomainError) {
      return sendProblem(reply, DOMAIN_CODES[error.code] ?? 'VALIDATION', error.message, error.errors);
    }
    if (error.validation) {
      const errors = fieldErrors(error.validation as ValidationIssue[], error.validationContext);
      return sendProblem(reply, 'VALIDATION', `The request is not valid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, errors);
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(reply, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
    if (status === 415) return sendProblem(reply, 'UNSUPPORTED_MEDIA_TYPE', error.message);
    if (status === 429) return sendProblem(reply, 'TOO_MANY_REQUESTS', 'Too many requests; retry later');
    if (status === 401) return sendProblem(reply, 'UNAUTHORIZED', 'A valid access token is required');
    if (status >= 400 && status < 500) {
      // Framework-level client errors (malformed JSON, empty body, bad content-length).
      return sendProblem(reply, 'VALIDATION', error.message, [{ path: '/', message: error.message }]);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 'INTERNAL', 'An unexpected error occurred; it has been logged');
  });
}
