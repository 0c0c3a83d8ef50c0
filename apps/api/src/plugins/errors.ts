import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@fieldbeat/domain';
import { ApiError, STATUS, TITLES, type ErrorCode, type FieldError, type FieldProblem } from '../lib/errors.js';
import { localize, requestedLocale, type Locale, type Localized } from '../lib/locale.js';

const PROBLEM_BASE = 'https://fieldbeat.app/problems/';

export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode | 'INTERNAL',
  detail: Localized,
  errors?: FieldProblem[],
  locale: Locale = 'en',
): FastifyReply {
  const status = code === 'INTERNAL' ? 500 : STATUS[code];
  const title = localize(code === 'INTERNAL' ? { en: 'Internal server error', 'zh-CN': '服务器内部错误' } : TITLES[code], locale);
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: PROBLEM_BASE + code.toLowerCase().replaceAll('_', '-'),
      title,
      status,
      detail: localize(detail, locale),
      ...(errors ? { errors: errors.map((e): FieldError => ({ path: e.path, message: localize(e.message, locale) })) } : {}),
    });
}

/** 404 for a path no route serves, in the caller's language. */
export function sendNoRoute(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0];
  return sendProblem(
    reply,
    'NOT_FOUND',
    { en: `No route ${request.method} ${path}`, 'zh-CN': `没有这个接口：${request.method} ${path}` },
    undefined,
    requestedLocale(request) ?? 'en',
  );
}

/** 400 for a URL the router cannot read (malformed, or a path parameter over its length), in the caller's language. */
export function sendBadUrl(request: FastifyRequest, reply: FastifyReply, tooLong: boolean): FastifyReply {
  return sendProblem(
    reply,
    'VALIDATION',
    tooLong ? { en: 'A path parameter is too long', 'zh-CN': '路径参数过长' } : { en: 'The URL is not valid', 'zh-CN': '网址无效' },
    [{ path: '/', message: tooLong ? { en: 'path parameter too long', 'zh-CN': '路径参数过长' } : { en: 'malformed URL', 'zh-CN': '网址格式错误' } }],
    requestedLocale(request) ?? 'en',
  );
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** The schema messages we say in Chinese too; any other keyword keeps the validator's English. */
const ISSUE_ZH: Record<string, (params: Record<string, unknown>) => string> = {
  type: (p) => `类型须为 ${String(p.type)}`,
  minimum: (p) => `须不小于 ${String(p.limit)}`,
  maximum: (p) => `须不大于 ${String(p.limit)}`,
  exclusiveMinimum: (p) => `须大于 ${String(p.limit)}`,
  exclusiveMaximum: (p) => `须小于 ${String(p.limit)}`,
  minLength: (p) => `长度须不少于 ${String(p.limit)}`,
  maxLength: (p) => `长度须不超过 ${String(p.limit)}`,
  minItems: (p) => `须至少 ${String(p.limit)} 项`,
  maxItems: (p) => `须至多 ${String(p.limit)} 项`,
  format: (p) => `格式须为 ${String(p.format)}`,
  pattern: (p) => `须符合格式 ${String(p.pattern)}`,
  enum: () => '不是允许的取值',
  additionalProperties: () => '不是允许的字段',
};

function issueMessage(issue: ValidationIssue): Localized {
  const en = issue.message ?? 'is not valid';
  const zh = issue.keyword ? ISSUE_ZH[issue.keyword]?.(issue.params ?? {}) : undefined;
  return zh ? { en, 'zh-CN': zh } : en;
}

/** Turns schema validation issues into `{path, message}` naming each bad field. */
function fieldErrors(issues: ValidationIssue[], context: string | undefined): FieldProblem[] {
  const prefix = context && context !== 'body' ? `/${context === 'querystring' ? 'query' : context}` : '';
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    let path = issue.instancePath ?? '';
    const params = issue.params ?? {};
    const missing = (params.requiredProperties ?? params.missingProperty) as string[] | string | undefined;
    if (issue.keyword === 'required' && missing) {
      for (const m of Array.isArray(missing) ? missing : [missing]) {
        const p = `${prefix}${path}/${m}`;
        if (!seen.has(p)) out.push({ path: p, message: { en: 'is required', 'zh-CN': '必填' } });
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
    out.push({ path: p, message: issueMessage(issue) });
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
    // Messages in the language the caller asked for; English when it asked for none.
    const locale = requestedLocale(request) ?? 'en';
    if (error instanceof ApiError) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(reply, error.code, error.text, error.errors, locale);
    }
    if (error instanceof DomainError) {
      return sendProblem(reply, DOMAIN_CODES[error.code] ?? 'VALIDATION', error.message, error.errors, locale);
    }
    if (error.validation) {
      const errors = fieldErrors(error.validation as ValidationIssue[], error.validationContext);
      const list = (l: Locale) => errors.map((e) => `${e.path} ${localize(e.message, l)}`).join('; ');
      return sendProblem(reply, 'VALIDATION', { en: `The request is not valid: ${list('en')}`, 'zh-CN': `请求无效：${list('zh-CN')}` }, errors, locale);
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(reply, 'PAYLOAD_TOO_LARGE', { en: 'The request body is too large', 'zh-CN': '请求体过大' }, undefined, locale);
    if (status === 415) return sendProblem(reply, 'UNSUPPORTED_MEDIA_TYPE', error.message, undefined, locale);
    if (status === 429) return sendProblem(reply, 'TOO_MANY_REQUESTS', { en: 'Too many requests; retry later', 'zh-CN': '请求过于频繁，请稍后再试' }, undefined, locale);
    if (status === 401) return sendProblem(reply, 'UNAUTHORIZED', { en: 'A valid access token is required', 'zh-CN': '需要有效的访问令牌' }, undefined, locale);
    if (status >= 400 && status < 500) {
      // Framework-level client errors (malformed JSON, empty body, bad content-length).
      return sendProblem(reply, 'VALIDATION', error.message, [{ path: '/', message: error.message }], locale);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 'INTERNAL', { en: 'An unexpected error occurred; it has been logged', 'zh-CN': '发生意外错误，已记录' }, undefined, locale);
  });
}
