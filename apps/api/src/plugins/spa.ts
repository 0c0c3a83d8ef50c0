import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { sendNoRoute } from './errors.js';

/** Serves the built SPA at `/`; unknown non-API paths fall back to index.html (deep links). */
export default fp<{ config: Config }>(async (app, { config }) => {
  const root = config.webDistDir;
  if (!root) return;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return sendNoRoute(request, reply);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
