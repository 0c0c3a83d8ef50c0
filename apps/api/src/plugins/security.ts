import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { ApiError } from '../lib/errors.js';
import type { AccessClaims } from './auth.js';

/** Security headers, CORS by allowlist, and a request ceiling per caller on the API. */
export default fp<{ config: Config }>(async (app, { config }) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: { maxAge: 15552000, includeSubDomains: true },
  });
  await app.register(cors, {
    // Same-origin requests carry no Origin or our own; others only from the allowlist.
    origin: (origin, cb) => cb(null, !origin || config.corsOrigins.includes(origin)),
    credentials: false,
    exposedHeaders: ['ETag', 'Retry-After', 'X-Request-Id', 'Idempotent-Replayed'],
  });
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      global: false,
      timeWindow: '1 minute',
      // Only the API is limited: the SPA's shell and files, and the docs UI, never (a page load
      // is dozens of files, and a 429 on one breaks the app).
      allowList: (request) => !request.routeOptions.url?.startsWith('/api/v1/'),
      keyGenerator: (request) => {
        const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
        if (bearer) {
          try {
            const claims = app.jwt.verify<AccessClaims>(bearer);
            return `${claims.typ}:${claims.sub}`;
          } catch {
            // not a valid token: counted against the address
          }
        }
        return `ip:${request.ip}`;
      },
      max: (_request, key) => (key.startsWith('ip:') ? config.rateLimitAnonymousPerMinute : config.rateLimitPerMinute),
      errorResponseBuilder: (_request, context) =>
        new ApiError('TOO_MANY_REQUESTS', {
          en: `Too many requests; retry in ${Math.max(1, Math.ceil(context.ttl / 1000))} s`,
          'zh-CN': `请求过于频繁，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`,
        }),
    });
    // Before the auth hook (registered after this plugin), so refused tokens count too: a
    // signed-in user or client has its own budget wherever it connects from (a whole office or
    // a carrier's shared address is many people); calls without a valid token share their
    // address's.
    app.addHook('onRequest', app.rateLimit());
  }
});
