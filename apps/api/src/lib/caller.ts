import type { FastifyRequest } from 'fastify';
import { preferredLocale, type Locale } from './locale.js';
import type { Principal } from './principal.js';

/**
 * What a service verb needs to know about the request, without HTTP: who calls, the language of
 * the answer, the request id for the audit trail, and the version the caller last read. Routes
 * build it with `callerOf`; the demo seeder and the jobs build it by hand (`systemCaller`).
 */
export interface Caller {
  principal: Principal;
  locale: Locale;
  /** The audit entry's request id; absent for work that no request caused. */
  requestId?: string;
  /** The `If-Match` header as sent: a versioned update checks it (412), absent means "any version". */
  ifMatch?: string;
}

export const callerOf = (request: FastifyRequest): Caller => ({
  principal: request.principal,
  locale: preferredLocale(request),
  requestId: request.id,
  ifMatch: request.headers['if-match'],
});

/** A caller for work that no request caused (the demo seeder, a job): English, no If-Match. */
export const systemCaller = (principal: Principal, requestId?: string): Caller => ({ principal, locale: 'en', requestId });
